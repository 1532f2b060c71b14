using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AmConnector.Security.ValidatedTokens;

/// <summary>
/// Bearer-token validation with a memory (<see cref="ValidatedTokenCache"/>): the configured
/// validator (the built-in server's, or an external authority's JWT handler) checks a token once,
/// and its ticket is reused until the token expires. Validation was about a third of the CPU of a
/// cached usability answer (P1 in docs/performance.md).
/// </summary>
/// <remarks>
/// Reusing the ticket gives the same answer as validating again: access tokens here are
/// self-contained JWTs, and neither validator is configured to look a token up (no token-entry or
/// revocation check), so nothing it reads changes while the token lives. A failed validation is not
/// remembered, so a token that starts to be valid (clock skew) is accepted when it does. Only the
/// <c>Authorization</c> header is cached; anything else goes to the validator as before, as do
/// challenges and forbids, so the <c>WWW-Authenticate</c> answers are the validator's own.
/// </remarks>
internal sealed class CachedBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ValidatedTokenCache cache,
    IOptions<AmConnectorOptions> settings)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Bearer = "Bearer ";

    private string Validator => settings.Value.Auth.UsesBuiltInServer
        ? OpenIddict.Validation.AspNetCore.OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
        : AmConnectorAuthentication.ExternalBearerScheme;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) || header.Length == Bearer.Length)
        {
            return await Context.AuthenticateAsync(Validator);
        }

        var token = header[Bearer.Length..].Trim();
        if (cache.TryGet(token, out var known))
        {
            return AuthenticateResult.Success(known);
        }

        var result = await Context.AuthenticateAsync(Validator);
        if (result is { Succeeded: true, Ticket: { } ticket })
        {
            cache.Remember(token, ticket);
        }

        return result;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => Context.ChallengeAsync(Validator, properties);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => Context.ForbidAsync(Validator, properties);
}
