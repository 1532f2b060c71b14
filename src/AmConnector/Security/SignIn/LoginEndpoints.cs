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
        HttpContext context, IAntiforgery antiforgery, LocalUsers users, TimeProvider clock, ILoggerFactory loggers)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The sign-in form is missing or has expired.",
                detail: "Open the sign-in page again and submit its form.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = ReturnUrls.LocalOrRoot(form["ReturnUrl"].FirstOrDefault() ?? context.Request.Query["ReturnUrl"].FirstOrDefault());
        var username = form["Username"].FirstOrDefault()?.Trim();
        var logger = loggers.CreateLogger(typeof(LoginEndpoints).FullName!);
        if (users.Verify(username, form["Password"].FirstOrDefault()) is not { } user)
        {
            LogFailed(logger, username ?? "");
            return Form(context, antiforgery, returnUrl, username, FailureMessage);
        }

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

    private static ContentHttpResult Form(HttpContext context, IAntiforgery antiforgery, string returnUrl, string? username, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var action = context.Request.PathBase + context.Request.Path;
        return LoginPage.Render(context, action, tokens.FormFieldName, tokens.RequestToken!, returnUrl, username, error);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Sign-in failed for user name {Username}")]
    private static partial void LogFailed(ILogger logger, string username);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "User {Username} signed in")]
    private static partial void LogSignedIn(ILogger logger, string username);
}
