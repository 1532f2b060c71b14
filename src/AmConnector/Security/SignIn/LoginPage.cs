using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AmConnector.Security.SignIn;

/// <summary>The login form: one self-contained HTML page, no scripts, every value encoded.</summary>
internal static class LoginPage
{
    public static ContentHttpResult Render(HttpContext context, string action, string antiforgeryField, string antiforgeryToken, string returnUrl, string? username, string? error)
    {
        var html = HtmlEncoder.Default;
        var message = error is null ? "" : $"""<p role="alert" class="error">{html.Encode(error)}</p>""";
        var page = $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in - AmConnector</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 22rem; margin: 4rem auto; padding: 0 1rem; }
            label, input, button { display: block; width: 100%; box-sizing: border-box; }
            input { margin: .25rem 0 1rem; padding: .5rem; }
            button { padding: .6rem; }
            .error { color: #a00; }
            </style>
            </head>
            <body>
            <h1>Sign in</h1>
            {{message}}
            <form method="post" action="{{html.Encode(action)}}">
            <input type="hidden" name="{{html.Encode(antiforgeryField)}}" value="{{html.Encode(antiforgeryToken)}}">
            <input type="hidden" name="ReturnUrl" value="{{html.Encode(returnUrl)}}">
            <label for="username">User name</label>
            <input id="username" name="Username" autocomplete="username" required autofocus value="{{html.Encode(username ?? "")}}">
            <label for="password">Password</label>
            <input id="password" name="Password" type="password" autocomplete="current-password" required>
            <button type="submit">Sign in</button>
            </form>
            </body>
            </html>
            """;

        // Not cached, not framed, nothing loaded from elsewhere, posted only to this server.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
        return TypedResults.Content(page, "text/html; charset=utf-8");
    }
}
