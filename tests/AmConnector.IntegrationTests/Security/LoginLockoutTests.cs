using System.Net;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Security.SignIn;
using Microsoft.Extensions.Time.Testing;

namespace AmConnector.IntegrationTests.Security;

/// <summary>
/// The login page locks a user name after repeated wrong passwords (<c>AmConnector:Auth:Lockout</c>)
/// and <c>/account/logout</c> ends the login session.
/// </summary>
public sealed class LoginLockoutTests(LoginLockoutTests.LockoutFactory factory) : IClassFixture<LoginLockoutTests.LockoutFactory>
{
    [Fact]
    public async Task A_user_name_is_locked_after_three_wrong_passwords_refuses_even_the_right_one_and_opens_again_after_the_duration()
    {
        using var browser = PersonSignIn.Browser(factory);
        var answers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await PostLoginAsync(browser, "qa.reviewer", "wrong-password");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            answers.Add(await wrong.Content.ReadAsStringAsync());
        }

        using var right = await PostLoginAsync(browser, "qa.reviewer", "qa.reviewer-password");

        Assert.Contains(LoginEndpoints.FailureMessage, answers[0], StringComparison.Ordinal);
        Assert.Contains(LoginEndpoints.FailureMessage, answers[1], StringComparison.Ordinal);
        Assert.Contains(LoginEndpoints.LockedMessage, answers[2], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(LoginEndpoints.LockedMessage, await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(SetCookies(right), c => c.StartsWith("AmConnector.Login=", StringComparison.Ordinal));

        factory.TestClock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        using var later = await PostLoginAsync(browser, "qa.reviewer", "qa.reviewer-password");
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.Contains(SetCookies(later), c => c.StartsWith("AmConnector.Login=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_user_name_is_locked_the_same_way_so_a_lockout_tells_nothing_about_which_names_exist()
    {
        using var browser = PersonSignIn.Browser(factory);
        for (var i = 0; i < 2; i++)
        {
            (await PostLoginAsync(browser, "nobody.here", "guess")).Dispose();
        }

        using var third = await PostLoginAsync(browser, "nobody.here", "guess");

        Assert.Contains(LoginEndpoints.LockedMessage, await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_ends_the_login_session_so_authorize_asks_for_the_password_again()
    {
        using var browser = PersonSignIn.Browser(factory);
        using var login = await PostLoginAsync(browser, "qa.approver", "qa.approver-password");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var verifier = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
        using (var signedIn = await browser.GetAsync(PersonSignIn.AuthorizeUri(PersonSignIn.DemoApp, PersonSignIn.DemoRedirectUri, verifier, "am.read", "s1")))
        {
            Assert.StartsWith(PersonSignIn.DemoRedirectUri, signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var form = await PersonSignIn.LoginFormAsync(browser, "/account/logout");
        using var content = new FormUrlEncodedContent(form.Fields);
        using var logout = await browser.PostAsync(new Uri(form.Action, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/", logout.Headers.Location!.OriginalString);
        using var after = await browser.GetAsync(PersonSignIn.AuthorizeUri(PersonSignIn.DemoApp, PersonSignIn.DemoRedirectUri, verifier, "am.read", "s2"));
        Assert.StartsWith("/account/login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_logout_post_without_the_antiforgery_token_is_a_400_problem()
    {
        using var browser = PersonSignIn.Browser(factory);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["ReturnUrl"] = "/" });

        using var response = await browser.PostAsync(new Uri("/account/logout", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<HttpResponseMessage> PostLoginAsync(HttpClient browser, string username, string password) =>
        await PersonSignIn.PostLoginAsync(browser, await PersonSignIn.LoginFormAsync(browser, "/account/login?ReturnUrl=%2F"), username, password);

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    /// <summary>Three failures lock a name for 15 minutes, on a fake clock.</summary>
    public sealed class LockoutFactory : AmConnectorFactory
    {
        public FakeTimeProvider TestClock { get; } = new(DateTimeOffset.UtcNow);

        protected override TimeProvider? Clock => TestClock;

        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("AmConnector:Auth:Lockout:MaxFailedAttempts", "3"),
            new("AmConnector:Auth:Lockout:Duration", "00:15:00"),
        ];
    }
}
