using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.Client.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmConnector.Client.Authentication;

/// <summary>
/// The access token from AmConnector's token endpoint (client credentials grant). One token serves
/// every call until <see cref="AmConnectorClientOptions.TokenRefreshMargin"/> before it expires;
/// concurrent callers wait for one request instead of each asking. Neither the secret nor a token
/// is ever logged: only the endpoint, the status code and the OAuth error code.
/// </summary>
internal sealed partial class AmConnectorTokenSource(
    IHttpClientFactory httpClients, IOptions<AmConnectorClientOptions> options, TimeProvider clock, ILogger<AmConnectorTokenSource> logger)
    : IDisposable
{
    public const string HttpClientName = "AmConnector.Client.Token";

    /// <summary>A token endpoint that leaves out expires_in gets this lifetime assumed.</summary>
    private static readonly TimeSpan AssumedLifetime = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset RefreshAt)? _current;

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } token)
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return Fresh() ?? await RequestAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="token"/> after AmConnector refused it (revoked, keys rolled), unless a newer one already replaced it.</summary>
    public void Invalidate(string token)
    {
        if (_current is { } current && current.Token == token)
        {
            _current = null;
        }
    }

    public void Dispose() => _gate.Dispose();

    private string? Fresh() => _current is { } current && clock.GetUtcNow() < current.RefreshAt ? current.Token : null;

    private async Task<string> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.ClientId ?? "",
            ["client_secret"] = settings.ClientSecret ?? "",
        };
        if (settings.Scopes.Count > 0)
        {
            form["scope"] = string.Join(' ', settings.Scopes);
        }

        using var content = new FormUrlEncodedContent(form);
        var requestedAt = clock.GetUtcNow();
        using var response = await httpClients.CreateClient(HttpClientName).PostAsync(settings.TokenEndpoint, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = await OAuthErrorAsync(response, cancellationToken);
            LogRefused(logger, settings.TokenEndpoint, (int)response.StatusCode, error);
            throw new AmConnectorTokenException($"The token endpoint answered {(int)response.StatusCode} ({error ?? "no OAuth error code"}).", (int)response.StatusCode);
        }

        var answer = await response.Content.ReadFromJsonAsync(ClientJsonContext.Default.TokenAnswer, cancellationToken);
        if (string.IsNullOrEmpty(answer?.AccessToken))
        {
            throw new AmConnectorTokenException("The token endpoint answered without an access_token.");
        }

        var lifetime = answer.ExpiresIn is > 0 ? TimeSpan.FromSeconds(answer.ExpiresIn.Value) : AssumedLifetime;
        // Measured from the request, not the answer: the token's clock started when the server issued it.
        var margin = settings.TokenRefreshMargin;
        var refreshAt = requestedAt + (lifetime > margin * 2 ? lifetime - margin : lifetime / 2);
        _current = (answer.AccessToken, refreshAt);
        LogIssued(logger, settings.TokenEndpoint, lifetime);
        return answer.AccessToken;
    }

    /// <summary>The <c>error</c> code of an OAuth error answer (e.g. <c>invalid_client</c>); the description is left out.</summary>
    private static async Task<string?> OAuthErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
                ? error.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "AmConnector token obtained from {TokenEndpoint}, valid for {Lifetime}")]
    private static partial void LogIssued(ILogger logger, Uri tokenEndpoint, TimeSpan lifetime);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AmConnector token endpoint {TokenEndpoint} answered {StatusCode} ({Error})")]
    private static partial void LogRefused(ILogger logger, Uri tokenEndpoint, int statusCode, string? error);
}
