using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace AmConnector.Client.Authentication;

/// <summary>
/// Puts the caller's credential on each call: the API key when one is configured, otherwise the
/// cached bearer token. When AmConnector refuses a token it accepted before (revoked, keys rolled),
/// the token is dropped and a safe call is sent once more with a new one.
/// </summary>
internal sealed class AmConnectorAuthHandler(AmConnectorTokenSource tokens, IOptions<AmConnectorClientOptions> options) : DelegatingHandler
{
    public const string ApiKeyHeader = "AmConnector-Api-Key";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!string.IsNullOrEmpty(settings.ApiKey))
        {
            request.Headers.Remove(ApiKeyHeader);
            request.Headers.TryAddWithoutValidation(ApiKeyHeader, settings.ApiKey);
            return await base.SendAsync(request, cancellationToken);
        }

        if (string.IsNullOrEmpty(settings.ClientId))
        {
            // Neither credential: the call goes out anonymous and AmConnector answers 401.
            return await base.SendAsync(request, cancellationToken);
        }

        var token = await tokens.GetAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !IsSafe(request.Method))
        {
            return response;
        }

        tokens.Invalidate(token);
        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }

    private static bool IsSafe(HttpMethod method) => method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;
}
