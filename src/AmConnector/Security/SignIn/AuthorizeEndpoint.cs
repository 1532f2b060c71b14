using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AmConnector.Security.SignIn;

/// <summary>
/// <c>/connect/authorize</c> after OpenIddict has validated the request (client, redirect URI, PKCE,
/// scopes): a person without a login cookie, or whose sign-in is older than <c>max_age</c>, or
/// when the application asks for <c>prompt=login</c>, goes to the login page first; otherwise
/// OpenIddict issues the authorization code for them.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static IEndpointConventionBuilder MapAuthorize(this IEndpointRouteBuilder endpoints, string route, string loginRoute) =>
        endpoints.MapMethods(route, [HttpMethods.Get, HttpMethods.Post], (HttpContext context, LocalUsers users,
                IOpenIddictApplicationManager applications, IOptions<AmConnectorOptions> options, TimeProvider clock) =>
                AuthorizeAsync(context, users, applications, options, clock, loginRoute))
            .AllowAnonymous()
            .DisableAntiforgery()
            .ExcludeFromDescription();

    public static async Task<Results<RedirectHttpResult, SignInHttpResult, ForbidHttpResult, NotFound>> AuthorizeAsync(
        HttpContext context, LocalUsers users, IOpenIddictApplicationManager applications, IOptions<AmConnectorOptions> options, TimeProvider clock, string loginRoute)
    {
        // Null when OpenIddict did not handle the request (an external authority issues the tokens).
        if (context.GetOpenIddictServerRequest() is not { } request)
        {
            return TypedResults.NotFound();
        }

        var login = await context.AuthenticateAsync(AmConnectorAuthentication.LoginScheme);
        var user = users.Find(login.Principal?.FindFirstValue(Claims.Subject));
        long.TryParse(login.Principal?.FindFirstValue(Claims.AuthenticationTime), NumberStyles.None, CultureInfo.InvariantCulture, out var authTime);
        var age = clock.GetUtcNow().ToUnixTimeSeconds() - authTime;
        var mustSignIn = !login.Succeeded || user is null || request.HasPromptValue(PromptValues.Login) || (request.MaxAge is { } maxAge && age > maxAge);
        if (mustSignIn)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return TypedResults.Forbid(
                    new AuthenticationProperties(new Dictionary<string, string?>
                    {
                        [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.LoginRequired,
                        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The user is not signed in.",
                    }),
                    [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            }

            var returnUrl = await ReturnUrlAsync(context);
            return TypedResults.Redirect(context.Request.PathBase + "/" + loginRoute + QueryString.Create("ReturnUrl", returnUrl));
        }

        var scopes = await ScopesAsync(request, user!, applications, context.RequestAborted);
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user!.Username));
        identity.AddClaim(new Claim(Claims.Name, user.DisplayName ?? user.Username));
        identity.AddClaim(new Claim(Claims.AuthenticationTime, authTime.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
        identity.SetScopes(scopes);
        identity.SetResources(options.Value.Auth.Audience);
        var withIdToken = scopes.Contains(OpenIddictConstants.Scopes.OpenId);
        identity.SetDestinations(_ => withIdToken ? [Destinations.AccessToken, Destinations.IdentityToken] : [Destinations.AccessToken]);
        return TypedResults.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// The scopes asked for that the person holds (plus <c>openid</c>); with none asked for, every
    /// scope the person holds that the application is permitted.
    /// </summary>
    private static async Task<List<string>> ScopesAsync(OpenIddictRequest request, UserOptions user, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var requested = request.GetScopes();
        if (!requested.IsEmpty)
        {
            return [.. requested.Where(s => s == OpenIddictConstants.Scopes.OpenId || user.Scopes.Contains(s))];
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken);
        var permissions = application is null ? [] : await applications.GetPermissionsAsync(application, cancellationToken);
        return [.. user.Scopes.Where(s => permissions.Contains(Permissions.Prefixes.Scope + s))];
    }

    /// <summary>This authorization request again, as a GET, without <c>prompt=login</c> (which the login just satisfied).</summary>
    private static async Task<string> ReturnUrlAsync(HttpContext context)
    {
        var parameters = context.Request.HasFormContentType ? (IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>)await context.Request.ReadFormAsync(context.RequestAborted) : context.Request.Query;
        var kept = new List<KeyValuePair<string, string?>>();
        foreach (var (name, values) in parameters)
        {
            foreach (var value in values)
            {
                var prompt = name == Parameters.Prompt
                    ? string.Join(' ', (value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(v => v != PromptValues.Login))
                    : null;
                if (prompt is null)
                {
                    kept.Add(new(name, value));
                }
                else if (prompt.Length > 0)
                {
                    kept.Add(new(name, prompt));
                }
            }
        }

        return context.Request.PathBase + context.Request.Path + QueryString.Create(kept);
    }
}
