using System.Net;
using Microsoft.Extensions.Options;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// The SSRF guard: resolves a receiver's host and refuses it when any address it resolves to is not
/// public and not allow-listed. Used at registration and again at every connection, on the
/// addresses the connection then uses, so a name that later resolves elsewhere (DNS rebinding) is
/// caught where it matters.
/// </summary>
internal sealed class WebhookAddressGuard(IWebhookHostResolver resolver, IOptionsMonitor<WebhookOptions> options)
{
    public WebhookAllowList AllowList => new(options.CurrentValue.AllowedPrivateHosts);

    /// <summary>The addresses to connect to; throws <see cref="WebhookAddressRefusedException"/> when the host may not be reached.</summary>
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var allowList = AllowList;
        IPAddress[] addresses;
        try
        {
            addresses = await resolver.ResolveAsync(host, cancellationToken);
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            throw new WebhookAddressRefusedException($"The host '{host}' could not be resolved: {ex.Message}");
        }

        if (addresses.Length == 0)
        {
            throw new WebhookAddressRefusedException($"The host '{host}' resolves to no address.");
        }

        if (allowList.ListsHost(host))
        {
            return addresses;
        }

        foreach (var address in addresses)
        {
            if (!allowList.Contains(address) && WebhookAddressPolicy.Refusal(address) is { } reason)
            {
                throw new WebhookAddressRefusedException(
                    $"The host '{host}' resolves to {address}, {reason}; add it to AmConnector:Webhooks:AllowedPrivateHosts if it is a receiver of this site.");
            }
        }

        return addresses;
    }
}
