using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmConnector.HostSystems;

/// <summary>
/// The access token for the host QMS, from its token endpoint with the client credentials grant.
/// One token serves every call until shortly before it expires (<see cref="HostQmsOptions.TokenRefreshMargin"/>);
/// concurrent callers wait for one request instead of each asking. Neither the secret nor a token
/// is ever logged: only the endpoint, the status code and the OAuth error code.
/// </summary>
internal sealed partial class HostQmsTokenSource(
    IHttpClientFactory httpClients, IOptionsMonitor<AmConnectorOptions> options, TimeProvider clock, HostQmsMetrics metrics, ILogger<HostQmsTokenSource> logger)
    : IDisposable
{
    public const string HttpClientName = "AmConnector.HostQms.Token";

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

    /// <summary>Forgets <paramref name="token"/> after the host refused it (revoked, keys rolled), unless a newer one already replaced it.</summary>
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
        var settings = options.CurrentValue.HostQms;
        var endpoint = settings.TokenEndpoint ?? throw new HostQmsTokenException("AmConnector:HostQms:TokenEndpoint is not set.");
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        if (!string.IsNullOrWhiteSpace(settings.Scope))
        {
            form["scope"] = settings.Scope;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent(form) };
        // client_secret_basic, which RFC 6749 §2.3.1 requires every server to accept; id and secret are form-encoded first.
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(
            $"{Uri.EscapeDataString(settings.ClientId ?? "")}:{Uri.EscapeDataString(settings.ClientSecret ?? "")}")));
        var requestedAt = clock.GetUtcNow();
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        metrics.TokenRequested(response.IsSuccessStatusCode);
        if (!response.IsSuccessStatusCode)
        {
            var error = await OAuthErrorAsync(response, cancellationToken);
            LogRefused(logger, endpoint, (int)response.StatusCode, error);
            throw new HostQmsTokenException($"The host QMS token endpoint answered {(int)response.StatusCode} ({error ?? "no OAuth error code"}).", (int)response.StatusCode);
        }

        var answer = await response.Content.ReadFromJsonAsync(HostQmsJsonContext.Default.HostQmsToken, cancellationToken);
        if (string.IsNullOrEmpty(answer?.AccessToken))
        {
            throw new HostQmsTokenException("The host QMS token endpoint answered without an access_token.");
        }

        var lifetime = answer.ExpiresIn is > 0 ? TimeSpan.FromSeconds(answer.ExpiresIn.Value) : AssumedLifetime;
        // Measured from the request, not the answer: the token's clock started when the server issued it.
        var refreshAt = requestedAt + (lifetime > settings.TokenRefreshMargin * 2 ? lifetime - settings.TokenRefreshMargin : lifetime / 2);
        _current = (answer.AccessToken, refreshAt);
        LogIssued(logger, endpoint, lifetime);
        return answer.AccessToken;
    }

    /// <summary>The <c>error</c> code of an OAuth error answer (e.g. <c>invalid_client</c>); the description is the server's to word, so it is left out.</summary>
    private static async Task<string?> OAuthErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await System.Text.Json.JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == System.Text.Json.JsonValueKind.String
                ? error.GetString()
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Host QMS token obtained from {TokenEndpoint}, valid for {Lifetime}")]
    private static partial void LogIssued(ILogger logger, Uri tokenEndpoint, TimeSpan lifetime);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Host QMS token endpoint {TokenEndpoint} answered {StatusCode} ({Error})")]
    private static partial void LogRefused(ILogger logger, Uri tokenEndpoint, int statusCode, string? error);
}
