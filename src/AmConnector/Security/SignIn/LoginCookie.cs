using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace AmConnector.Security.SignIn;

/// <summary>The login cookie: the session at the built-in server between the login page and /connect/authorize.</summary>
internal static class LoginCookie
{
    /// <summary>A person signs in again after this, whatever the applications ask.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public static void Configure(CookieAuthenticationOptions cookie)
    {
        cookie.Cookie.Name = "AmConnector.Login";
        cookie.Cookie.HttpOnly = true;
        // Lax: an application sends the person back to /connect/authorize with a top-level GET.
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = Lifetime;
        // GxP: a session does not stretch with use; auth_time tells applications when the person signed in.
        cookie.SlidingExpiration = false;
        // Nothing challenges this scheme: /connect/authorize redirects to the login page itself.
        cookie.Events.OnRedirectToLogin = context =>
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        };
    }
}
