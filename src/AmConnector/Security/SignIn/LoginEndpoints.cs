using System.Globalization;
using System.Security.Claims;
using AmConnector.Security.Authorization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AmConnector.Security.SignIn;

/// <summary>
/// <c>/account/login</c>: the built-in server's login page. A correct user name and password set
/// the login cookie (who, and when: <c>auth_time</c>) and send the person back to a local
/// <c>ReturnUrl</c>, in practice <c>/connect/authorize</c>.
/// </summary>
internal static partial class LoginEndpoints
{
    /// <summary>The same answer for an unknown name and a wrong password.</summary>
    public const string FailureMessage = "The user name or password is incorrect.";

    /// <summary>The start of the answer while a user name is locked (known or not, so it tells nothing about which names exist).</summary>
    public const string LockedMessage = "Too many failed sign-ins for this user name";

    public static void MapLogin(this IEndpointRouteBuilder endpoints, string route)
    {
        endpoints.MapGet(route, ShowForm)
            .AllowAnonymous().ExcludeFromDescription().WithMetadata(AmConnectorEndpointMetadata.Instance);
        // The form is read and its antiforgery token checked here, with a problem-details answer.
        endpoints.MapPost(route, SignInAsync)
            .AllowAnonymous().DisableAntiforgery().ExcludeFromDescription().WithMetadata(AmConnectorEndpointMetadata.Instance);
    }

    public static ContentHttpResult ShowForm(HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
        Form(context, antiforgery, ReturnUrls.LocalOrRoot(returnUrl), null, null);

    public static async Task<Results<ContentHttpResult, RedirectHttpResult, ProblemHttpResult>> SignInAsync(
        HttpContext context, IAntiforgery antiforgery, LocalUsers users, LoginLockout lockout, TimeProvider clock, ILoggerFactory loggers)
    {
        if (await FormCheck.RefusalAsync(context, antiforgery, "sign-in") is { } refusal)
        {
            return refusal;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = ReturnUrls.LocalOrRoot(form["ReturnUrl"].FirstOrDefault() ?? context.Request.Query["ReturnUrl"].FirstOrDefault());
        var username = form["Username"].FirstOrDefault()?.Trim();
        var logger = loggers.CreateLogger(typeof(LoginEndpoints).FullName!);
        // A locked name is refused before its password is looked at, so guessing on stops counting.
        if (!string.IsNullOrEmpty(username) && lockout.LockedUntil(username) is { } lockedUntil)
        {
            LogRefusedLocked(logger, username);
            return Form(context, antiforgery, returnUrl, username, Locked(lockedUntil));
        }

        if (users.Verify(username, form["Password"].FirstOrDefault()) is not { } user)
        {
            LogFailed(logger, username ?? "");
            if (!string.IsNullOrEmpty(username) && lockout.Failed(username) is { } until)
            {
                LogLockedOut(logger, username, until);
                return Form(context, antiforgery, returnUrl, username, Locked(until));
            }

            return Form(context, antiforgery, returnUrl, username, FailureMessage);
        }

        lockout.Succeeded(user.Username);

        var now = clock.GetUtcNow();
        var identity = new ClaimsIdentity(AmConnectorAuthentication.LoginScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Username));
        identity.AddClaim(new Claim(Claims.Name, user.DisplayName ?? user.Username));
        identity.AddClaim(new Claim(Claims.AuthenticationTime, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        await context.SignInAsync(AmConnectorAuthentication.LoginScheme, new ClaimsPrincipal(identity),
            new AuthenticationProperties { IssuedUtc = now, IsPersistent = false });
        LogSignedIn(logger, user.Username);
        return TypedResults.Redirect(returnUrl);
    }

    private static string Locked(DateTimeOffset until) =>
        string.Create(CultureInfo.InvariantCulture, $"{LockedMessage}: it is locked until {until.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");

    private static ContentHttpResult Form(HttpContext context, IAntiforgery antiforgery, string returnUrl, string? username, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var action = context.Request.PathBase + context.Request.Path;
        return LoginPage.Render(context, action, tokens.FormFieldName, tokens.RequestToken!, returnUrl, username, error);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Sign-in failed for user name {Username}")]
    private static partial void LogFailed(ILogger logger, string username);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "User name {Username} locked until {Until} after repeated failed sign-ins")]
    private static partial void LogLockedOut(ILogger logger, string username, DateTimeOffset until);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Sign-in refused for locked user name {Username}")]
    private static partial void LogRefusedLocked(ILogger logger, string username);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "User {Username} signed in")]
    private static partial void LogSignedIn(ILogger logger, string username);
}
