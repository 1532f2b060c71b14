using System.Globalization;
using AmConnector.Security.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmConnector.Security.Authorization;

/// <summary>
/// What happens after authorisation on AmConnector's endpoints: 401 and 403 become RFC 9457 problem
/// details beside the scheme's <c>WWW-Authenticate</c> header, failed authentications are logged
/// (client id, never the credential), and an authorised call takes a token from its client's
/// bucket or gets 429. A host's own endpoints get the default behaviour.
/// </summary>
internal sealed partial class AmConnectorAuthorizationResultHandler(
    ClientRateLimiter rateLimiter,
    IProblemDetailsService problems,
    IOptions<AmConnectorOptions> options,
    ILogger<AmConnectorAuthorizationResultHandler> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<AmConnectorEndpointMetadata>() is null)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        if (authorizeResult.Challenged)
        {
            await ChallengeAsync(context, policy);
            return;
        }

        if (authorizeResult.Forbidden)
        {
            await ForbidAsync(context, policy, authorizeResult);
            return;
        }

        var caller = Caller.From(context.User, options.Value.Auth);
        if (caller.ClientId is { } client && !rateLimiter.TryAcquire(client, out var retryAfter))
        {
            LogRateLimited(logger, client);
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests",
                $"Client '{client}' has used its request budget; retry after {seconds} s.");
            return;
        }

        await next(context);
    }

    private async Task ChallengeAsync(HttpContext context, AuthorizationPolicy policy)
    {
        var authentication = await context.AuthenticateAsync(AmConnectorAuthentication.Scheme);
        if (authentication.Failure is { } failure)
        {
            // The client id comes from the credential's unverified claims, for the log only.
            LogAuthenticationFailed(logger, UnverifiedClient.Of(context.Request), context.Request.Path, failure.Message);
        }

        foreach (var scheme in policy.AuthenticationSchemes)
        {
            await context.ChallengeAsync(scheme);
        }

        await WriteAsync(context, StatusCodes.Status401Unauthorized, "Authentication required",
            authentication.Failure is null
                ? "Send an OAuth 2.0 access token (Authorization: Bearer …) or, for read-only BI access, an API key."
                : "The access token or API key was not accepted: it is expired, revoked, malformed, or for another audience or issuer.");
    }

    private async Task ForbidAsync(HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        foreach (var scheme in policy.AuthenticationSchemes)
        {
            await context.ForbidAsync(scheme);
        }

        var missing = policy.Requirements.OfType<ScopeRequirement>().Select(r => r.Scope).ToList();
        // RFC 6750 §3.1: a token without the scope is answered with insufficient_scope, naming it.
        if (!context.Response.HasStarted && context.Response.Headers.WWWAuthenticate.Count == 0)
        {
            context.Response.Headers.WWWAuthenticate = missing.Count > 0
                ? $"Bearer error=\"insufficient_scope\", scope=\"{string.Join(' ', missing)}\""
                : "Bearer error=\"insufficient_scope\"";
        }

        await WriteAsync(context, StatusCodes.Status403Forbidden, "Scope missing",
            missing.Count > 0
                ? $"This operation needs the scope {string.Join(", ", missing)}, which the caller's token does not carry."
                : result.AuthorizationFailure?.FailureReasons.FirstOrDefault()?.Message ?? "The caller may not perform this operation.");
    }

    private async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Authentication failed for client {ClientId} on {Path}: {Reason}")]
    private static partial void LogAuthenticationFailed(ILogger logger, string clientId, PathString path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rate limit reached for client {ClientId}")]
    private static partial void LogRateLimited(ILogger logger, string clientId);
}
