using System.Collections.Concurrent;
using System.Net;
using AmConnector.Webhooks.Outbound;

namespace AmConnector.IntegrationTests.Webhooks.Outbound;

/// <summary>A DNS the test controls: names it was told about, and IP literals; anything else does not resolve.</summary>
public sealed class FakeHostResolver : IWebhookHostResolver
{
    private readonly ConcurrentDictionary<string, IPAddress[]> _names = new(StringComparer.OrdinalIgnoreCase);

    public void Set(string host, params string[] addresses) => _names[host] = [.. addresses.Select(IPAddress.Parse)];

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? Task.FromResult<IPAddress[]>([literal])
        : _names.TryGetValue(host, out var addresses) ? Task.FromResult(addresses)
        : throw new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound);
}
