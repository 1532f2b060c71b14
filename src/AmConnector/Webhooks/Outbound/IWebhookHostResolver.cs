using System.Net;

namespace AmConnector.Webhooks.Outbound;

/// <summary>Resolves a receiver's host name; a seam, so tests decide what a name resolves to.</summary>
public interface IWebhookHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
