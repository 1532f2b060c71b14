using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Security;
using AmConnector.Security.SignIn;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AmConnector.IntegrationTests.Security;

/// <summary>
/// Person sign-in at the built-in server: /connect/authorize (authorization code + PKCE) with the
/// login page at /account/login, driven the way a browser does, one redirect at a time.
/// </summary>
public sealed partial class PersonSignInTests(PersonSignInTests.SignInFactory factory) : IClassFixture<PersonSignInTests.SignInFactory>
{
    private const string Username = "t-person";
    private const string Password = "correct horse battery staple";
    private const string App = "t-app";
    private const string RedirectUri = "https://app.example/signin-callback";

    [Fact]
    public async Task A_person_signs_in_and_the_application_gets_a_token_with_sub_name_auth_time_and_scopes()
    {
        using var browser = Browser();
        var pkce = Pkce.Create();

        var code = await SignInAsync(browser, App, RedirectUri, Username, Password, pkce, $"{Scopes.Read} {Scopes.AssessNotices}");
        using var response = await RedeemAsync(browser, App, RedirectUri, code, pkce.Verifier);

        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        var token = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal(Username, token.Subject);
        Assert.Equal("Test Person", token.GetPayloadValue<string>("name"));
        var authTime = DateTimeOffset.FromUnixTimeSeconds(token.GetPayloadValue<long>("auth_time"));
        Assert.InRange(authTime, DateTimeOffset.UtcNow.AddSeconds(-30), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal([Scopes.Read, Scopes.AssessNotices], token.GetPayloadValue<string>("scope").Split(' ').Order(StringComparer.Ordinal));
        Assert.Equal(["amconnector"], token.Audiences);
        Assert.Equal(App, token.GetPayloadValue<string>("client_id"));
    }

    [Fact]
    public async Task The_person_token_gets_no_scope_the_person_does_not_hold()
    {
        using var browser = Browser();
        var pkce = Pkce.Create();

        // The application may ask for am.write; the person does not hold it.
        var code = await SignInAsync(browser, App, RedirectUri, Username, Password, pkce, $"{Scopes.Read} {Scopes.Write}");
        using var response = await RedeemAsync(browser, App, RedirectUri, code, pkce.Verifier);

        var token = new JsonWebToken((await response.ReadJsonAsync()).GetProperty("access_token").GetString());
        Assert.Equal(Scopes.Read, token.GetPayloadValue<string>("scope"));
    }

    [Fact]
    public async Task The_person_token_reads_master_data()
    {
        using var browser = Browser();
        var pkce = Pkce.Create();
        var code = await SignInAsync(browser, App, RedirectUri, Username, Password, pkce, Scopes.Read);
        using var redeemed = await RedeemAsync(browser, App, RedirectUri, code, pkce.Verifier);
        using var api = factory.CreateAnonymousClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await redeemed.ReadJsonAsync()).GetProperty("access_token").GetString());

        using var response = await api.GetAsync(new Uri("/odata/Lots?$top=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_demo_user_signs_in_through_the_demo_application()
    {
        using var browser = Browser();
        var pkce = Pkce.Create();

        var code = await SignInAsync(browser, "qa-app", "http://localhost:5080/signin-callback", "qa.reviewer", DemoUsers.PasswordOf("qa.reviewer"), pkce, Scopes.AssessNotices);
        using var response = await RedeemAsync(browser, "qa-app", "http://localhost:5080/signin-callback", code, pkce.Verifier);

        var token = new JsonWebToken((await response.ReadJsonAsync()).GetProperty("access_token").GetString());
        Assert.Equal("qa.reviewer", token.Subject);
        Assert.Equal(Scopes.AssessNotices, token.GetPayloadValue<string>("scope"));
    }

    [Fact]
    public async Task Authorize_without_a_login_sends_the_person_to_the_login_page_and_back()
    {
        using var browser = Browser();
        var authorize = AuthorizeUrl(App, RedirectUri, Pkce.Create(), Scopes.Read, "s1");

        using var response = await browser.GetAsync(authorize);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var login = response.Headers.Location!;
        Assert.Equal("/account/login", login.OriginalString.Split('?')[0]);
        Assert.Equal(authorize.OriginalString, QueryHelpers.ParseQuery(login.OriginalString.Split('?')[1])["ReturnUrl"].ToString());
    }

    [Fact]
    public async Task A_wrong_password_shows_the_form_again_with_a_generic_error_and_no_cookie()
    {
        using var browser = Browser();
        var form = await LoginFormAsync(browser, "/account/login?ReturnUrl=%2F");

        using var wrongPassword = await PostLoginAsync(browser, form, Username, "not the password");
        using var unknownUser = await PostLoginAsync(browser, await LoginFormAsync(browser, "/account/login?ReturnUrl=%2F"), "t-nobody", Password);

        foreach (var response in new[] { wrongPassword, unknownUser })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(response.Headers.Location);
            Assert.Contains(LoginEndpoints.FailureMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain(SetCookies(response), c => c.StartsWith("AmConnector.Login=", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_foreign_return_url_is_not_followed()
    {
        using var browser = Browser();
        var form = await LoginFormAsync(browser, "/account/login?ReturnUrl=" + Uri.EscapeDataString("https://evil.example/phish"));
        Assert.Equal("/", form.ReturnUrl);

        using var response = await PostLoginAsync(browser, form with { ReturnUrl = "//evil.example/phish" }, Username, Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_login_post_without_the_antiforgery_token_is_a_400_problem()
    {
        using var browser = Browser();
        await LoginFormAsync(browser, "/account/login");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Username"] = Username, ["Password"] = Password });

        using var response = await browser.PostAsync(new Uri("/account/login", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrong_code_verifier_is_invalid_grant()
    {
        using var browser = Browser();
        var pkce = Pkce.Create();
        var code = await SignInAsync(browser, App, RedirectUri, Username, Password, pkce, Scopes.Read);

        using var response = await RedeemAsync(browser, App, RedirectUri, code, Pkce.Create().Verifier);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", (await response.ReadJsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_authorization_request_without_pkce_is_refused()
    {
        using var browser = Browser();
        var url = $"/connect/authorize?client_id={App}&response_type=code&redirect_uri={Uri.EscapeDataString(RedirectUri)}&scope=am.read&state=s";

        using var response = await browser.GetAsync(new Uri(url, UriKind.Relative));

        // No login page and no code: OpenIddict refuses the request itself.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("code_challenge", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prompt_login_asks_a_signed_in_person_to_sign_in_again()
    {
        using var browser = Browser();
        var pkce = Pkce.Create();
        await SignInAsync(browser, App, RedirectUri, Username, Password, pkce, Scopes.Read);

        using var response = await browser.GetAsync(new Uri(AuthorizeUrl(App, RedirectUri, pkce, Scopes.Read, "s2") + "&prompt=login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var returnUrl = QueryHelpers.ParseQuery(response.Headers.Location!.OriginalString.Split('?')[1])["ReturnUrl"].ToString();
        Assert.StartsWith("/account/login", response.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("prompt", returnUrl, StringComparison.Ordinal);
    }

    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = AmConnectorFactory.BaseAddress,
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    private static Uri AuthorizeUrl(string clientId, string redirectUri, Pkce pkce, string scope, string state) => new(
        "/connect/authorize" + QueryString(new()
        {
            ["client_id"] = clientId,
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri,
            ["scope"] = scope,
            ["state"] = state,
            ["code_challenge"] = pkce.Challenge,
            ["code_challenge_method"] = "S256",
        }), UriKind.Relative);

    /// <summary>authorize → login page → login → authorize → the application's redirect URI; returns the code.</summary>
    private static async Task<string> SignInAsync(HttpClient browser, string clientId, string redirectUri, string username, string password, Pkce pkce, string scope)
    {
        var state = Guid.NewGuid().ToString("N");
        using var first = await browser.GetAsync(AuthorizeUrl(clientId, redirectUri, pkce, scope, state));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var form = await LoginFormAsync(browser, first.Headers.Location!.OriginalString);
        using var login = await PostLoginAsync(browser, form, username, password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains(SetCookies(login), c => c.StartsWith("AmConnector.Login=", StringComparison.Ordinal));
        Assert.StartsWith("/connect/authorize?", login.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var second = await browser.GetAsync(login.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var callback = second.Headers.Location!;
        Assert.StartsWith(redirectUri + "?", callback.AbsoluteUri, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal(state, query["state"].ToString());
        return query["code"].ToString();
    }

    private static async Task<HttpResponseMessage> RedeemAsync(HttpClient client, string clientId, string redirectUri, string code, string verifier)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["code_verifier"] = verifier,
            ["redirect_uri"] = redirectUri,
            ["client_id"] = clientId,
        });
        return await client.PostAsync(new Uri("/connect/token", UriKind.Relative), content);
    }

    private static async Task<LoginForm> LoginFormAsync(HttpClient browser, string url)
    {
        using var response = await browser.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        return new LoginForm(
            WebUtility.HtmlDecode(Hidden(html, "__RequestVerificationToken")),
            WebUtility.HtmlDecode(Hidden(html, "ReturnUrl")),
            WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value));
    }

    private static async Task<HttpResponseMessage> PostLoginAsync(HttpClient browser, LoginForm form, string username, string password)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.Antiforgery,
            ["ReturnUrl"] = form.ReturnUrl,
            ["Username"] = username,
            ["Password"] = password,
        });
        return await browser.PostAsync(new Uri(form.Action, UriKind.Relative), content);
    }

    private static string Hidden(string html, string name)
    {
        var match = Regex.Match(html, $"""name="{Regex.Escape(name)}" value="([^"]*)" """.TrimEnd());
        Assert.True(match.Success, $"the form has no hidden {name}: {html}");
        return match.Groups[1].Value;
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static string QueryString(Dictionary<string, string> parameters) =>
        "?" + string.Join('&', parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

    [GeneratedRegex("""<form method="post" action="([^"]*)">""")]
    private static partial Regex FormAction();

    private sealed record LoginForm(string Antiforgery, string ReturnUrl, string Action);

    private sealed record Pkce(string Verifier, string Challenge)
    {
        public static Pkce Create()
        {
            var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
            return new Pkce(verifier, Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
        }
    }

    /// <summary>The standard test server plus one configured person and one public application.</summary>
    public sealed class SignInFactory : AmConnectorFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings
        {
            get
            {
                var client = $"AmConnector:Auth:Clients:{TestClients.All.Count}";
                return
                [
                    new("AmConnector:Auth:Users:0:Username", Username),
                    new("AmConnector:Auth:Users:0:DisplayName", "Test Person"),
                    new("AmConnector:Auth:Users:0:PasswordHash", new PasswordHasher<object>().HashPassword(new object(), Password)),
                    new("AmConnector:Auth:Users:0:Scopes:0", Scopes.Read),
                    new("AmConnector:Auth:Users:0:Scopes:1", Scopes.AssessNotices),
                    new($"{client}:ClientId", App),
                    new($"{client}:Public", "true"),
                    new($"{client}:RedirectUris:0", RedirectUri),
                    new($"{client}:Scopes:0", Scopes.Read),
                    new($"{client}:Scopes:1", Scopes.Write),
                    new($"{client}:Scopes:2", Scopes.AssessNotices),
                ];
            }
        }
    }
}
