using System.Collections.Concurrent;

namespace AmConnector.Client.Tests.Infrastructure;

/// <summary>Counts the requests that pass by path, and keeps their headers, so a test sees what the SDK sent.</summary>
public sealed class CountingHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<HttpRequestMessage> _requests;

    public CountingHandler(HttpMessageHandler inner, ConcurrentQueue<HttpRequestMessage> requests)
        : base(inner) => _requests = requests;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _requests.Enqueue(request);
        return base.SendAsync(request, cancellationToken);
    }
}
