using System.Security.Claims;
using System.Text.Encodings.Web;
using AmConnector.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmConnector.Security.ApiKeys;

/// <summary>
/// Accepts a read-only API key from the <c>AmConnector-Api-Key</c> header or the <c>api_key</c>
/// query parameter. The principal carries <c>am.read</c> and nothing else, whatever is asked.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AmConnectorDbContext db,
    TimeProvider clock,
    IOptions<AmConnectorOptions> settings)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string ClientIdPrefix = "api-key:";

    public static string? ReadKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(AmConnectorAuthentication.ApiKeyHeader, out var header) && !string.IsNullOrEmpty(header))
        {
            return header.ToString();
        }

        // Normally taken out of the query string before the request line is logged (ApiKeyQueryHttpContextFactory).
        if (request.HttpContext.Features.Get<ApiKeyQueryFeature>() is { Key.Length: > 0 } fromQuery)
        {
            return fromQuery.Key;
        }

        return request.Query.TryGetValue(AmConnectorAuthentication.ApiKeyQueryParameter, out var query) && !string.IsNullOrEmpty(query)
            ? query.ToString()
            : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = ReadKey(Request);
        if (key is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiKeyFormat.LooksLikeKey(key))
        {
            return AuthenticateResult.Fail("The API key is malformed.");
        }

        var hash = ApiKeyFormat.Hash(key);
        var stored = await db.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash)
            .Select(k => new { k.Id, k.Name, k.ExpiresAt, k.RevokedAt })
            .FirstOrDefaultAsync(Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (stored is null || stored.RevokedAt is not null || stored.ExpiresAt <= now)
        {
            return AuthenticateResult.Fail("The API key is unknown, revoked or expired.");
        }

        var auth = settings.Value.Auth;
        var identity = new ClaimsIdentity(
            [
                new Claim("client_id", ClientIdPrefix + stored.Id.ToString("D")),
                new Claim("name", stored.Name),
                new Claim(auth.ScopeClaims.FirstOrDefault() ?? "scope", Scopes.Read),
            ],
            Scheme.Name, "name", "role");
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"ApiKey header=\"{AmConnectorAuthentication.ApiKeyHeader}\", error=\"invalid_key\"";
        return Task.CompletedTask;
    }
}
