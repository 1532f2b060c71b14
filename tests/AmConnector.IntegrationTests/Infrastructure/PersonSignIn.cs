using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace AmConnector.IntegrationTests.Infrastructure;

/// <summary>
/// A person signs in the way a browser does, through the real built-in server: /connect/authorize
/// (authorization code + PKCE) → login page → authorize again → code → /connect/token. Uses the
/// demo application <c>qa-app</c> and the demo people (demo mode, on in <see cref="AmConnectorFactory"/>).
/// </summary>
public static partial class PersonSignIn
{
    public const string DemoApp = "qa-app";
    public const string DemoRedirectUri = "http://localhost:5080/signin-callback";
    public const string AllScopes = "am.read am.write notices.assess audit.read";

    /// <summary>An access token for <paramref name="username"/>, from a fresh login (its own cookie jar).</summary>
    public static async Task<string> TokenAsync(
        WebApplicationFactory<Program> factory, string username, string password,
        string clientId = DemoApp, string redirectUri = DemoRedirectUri, string scope = AllScopes)
    {
        using var browser = Browser(factory);
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var state = Guid.NewGuid().ToString("N");
        // A signing session starts with a fresh login, whatever cookie the browser holds.
        using var first = await browser.GetAsync(AuthorizeUri(clientId, redirectUri, verifier, scope, state, prompt: "login"));
        Expect(first, HttpStatusCode.Redirect, "authorize");
        using var login = await PostLoginAsync(browser, await LoginFormAsync(browser, first.Headers.Location!.OriginalString), username, password);
        Expect(login, HttpStatusCode.Redirect, $"login of {username}");
        using var second = await browser.GetAsync(login.Headers.Location);
        Expect(second, HttpStatusCode.Redirect, "authorize after login");
        var query = QueryHelpers.ParseQuery(second.Headers.Location!.Query);
        if (query["state"] != state)
        {
            throw new InvalidOperationException($"The callback lost the state: {second.Headers.Location}");
        }

        using var redeem = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = query["code"].ToString(),
            ["code_verifier"] = verifier,
            ["redirect_uri"] = redirectUri,
            ["client_id"] = clientId,
        });
        using var token = await browser.PostAsync(new Uri("/connect/token", UriKind.Relative), redeem);
        var body = await token.Content.ReadAsStringAsync();
        if (!token.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"/connect/token refused the code of {username}: {(int)token.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A browser: cookies kept, redirects not followed.</summary>
    public static HttpClient Browser(WebApplicationFactory<Program> factory) => factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = AmConnectorFactory.BaseAddress,
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>An authorization request with PKCE (S256 of <paramref name="verifier"/>).</summary>
    public static Uri AuthorizeUri(string clientId, string redirectUri, string verifier, string scope, string state, string? prompt = null)
    {
        var parameters = new Dictionary<string, string>
        {
            ["client_id"] = clientId,
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri,
            ["scope"] = scope,
            ["state"] = state,
            ["code_challenge"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256",
        };
        if (prompt is not null)
        {
            parameters["prompt"] = prompt;
        }

        return new Uri("/connect/authorize?" + string.Join('&', parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")), UriKind.Relative);
    }

    /// <summary>The form of a page (login or logout): its hidden fields by name, and where it posts.</summary>
    public static async Task<(Dictionary<string, string> Fields, string Action)> LoginFormAsync(HttpClient browser, string url)
    {
        using var page = await browser.GetAsync(new Uri(url, UriKind.Relative));
        Expect(page, HttpStatusCode.OK, url);
        var html = await page.Content.ReadAsStringAsync();
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Hidden(html, "__RequestVerificationToken")),
            ["ReturnUrl"] = WebUtility.HtmlDecode(Hidden(html, "ReturnUrl")),
        };
        return (fields, WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value));
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient browser, (Dictionary<string, string> Fields, string Action) form, string username, string password)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(form.Fields) { ["Username"] = username, ["Password"] = password });
        return await browser.PostAsync(new Uri(form.Action, UriKind.Relative), content);
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode status, string step)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"Person sign-in, {step}: expected {(int)status}, got {(int)response.StatusCode} ({response.Headers.Location}).");
        }
    }

    private static string Hidden(string html, string name)
    {
        var match = Regex.Match(html, $"""name="{Regex.Escape(name)}" value="([^"]*)""");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"The login form has no hidden {name}.");
    }

    [GeneratedRegex("""<form method="post" action="([^"]*)">""")]
    private static partial Regex FormAction();
}
