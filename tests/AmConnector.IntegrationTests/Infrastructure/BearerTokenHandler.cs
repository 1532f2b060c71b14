using System.Net.Http.Headers;

namespace AmConnector.IntegrationTests.Infrastructure;

/// <summary>Adds the client's access token (fetched from /connect/token once per factory) to every request.</summary>
public sealed class BearerTokenHandler(AmConnectorFactory factory, string clientId) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await factory.TokenAsync(clientId));
        return await base.SendAsync(request, cancellationToken);
    }
}
