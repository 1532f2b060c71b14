using System.Net;

namespace AmConnector.Webhooks.Outbound;

/// <summary>The system resolver; an IP literal resolves to itself without a lookup.</summary>
internal sealed class DnsWebhookHostResolver : IWebhookHostResolver
{
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
}
