using System.Text.Encodings.Web;
using AmConnector.Security.Authorization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace AmConnector.Security.SignIn;

/// <summary>
/// <c>/account/logout</c>: ends the login session (the <c>AmConnector.Login</c> cookie), so the next
/// <c>/connect/authorize</c> asks for the password again. GET shows a one-button form; the POST,
/// with its antiforgery token, signs out (a cross-site page cannot sign a person out). Access tokens
/// already issued stay valid until they expire.
/// </summary>
internal static class LogoutEndpoints
{
    public static void MapLogout(this IEndpointRouteBuilder endpoints, string route)
    {
        endpoints.MapGet(route, ShowForm)
            .AllowAnonymous().ExcludeFromDescription().WithMetadata(AmConnectorEndpointMetadata.Instance);
        endpoints.MapPost(route, SignOutAsync)
            .AllowAnonymous().DisableAntiforgery().ExcludeFromDescription().WithMetadata(AmConnectorEndpointMetadata.Instance);
    }

    public static ContentHttpResult ShowForm(HttpContext context, IAntiforgery antiforgery, string? returnUrl)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = HtmlEncoder.Default;
        var action = context.Request.PathBase + context.Request.Path;
        var page = $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Sign out - AmConnector</title></head>
            <body>
            <h1>Sign out</h1>
            <form method="post" action="{{html.Encode(action)}}">
            <input type="hidden" name="{{html.Encode(tokens.FormFieldName)}}" value="{{html.Encode(tokens.RequestToken!)}}">
            <input type="hidden" name="ReturnUrl" value="{{html.Encode(ReturnUrls.LocalOrRoot(returnUrl))}}">
            <button type="submit">Sign out</button>
            </form>
            </body>
            </html>
            """;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; form-action 'self'; frame-ancestors 'none'";
        return TypedResults.Content(page, "text/html; charset=utf-8");
    }

    public static async Task<Results<RedirectHttpResult, ProblemHttpResult>> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (await FormCheck.RefusalAsync(context, antiforgery, "sign-out") is { } refusal)
        {
            return refusal;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        await context.SignOutAsync(AmConnectorAuthentication.LoginScheme);
        return TypedResults.Redirect(ReturnUrls.LocalOrRoot(form["ReturnUrl"].FirstOrDefault()));
    }
}
