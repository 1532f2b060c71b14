using System.Net.Http.Headers;

namespace AmConnector.IntegrationTests.Infrastructure;

/// <summary>Adds a person's access token (from the real login, cached per factory) to every request.</summary>
public sealed class PersonTokenHandler(AmConnectorFactory factory, string username, string? password) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await factory.PersonTokenAsync(username, password));
        return await base.SendAsync(request, cancellationToken);
    }
}
