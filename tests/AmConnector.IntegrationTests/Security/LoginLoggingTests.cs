using System.Net;
using System.Text.RegularExpressions;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Security.SignIn;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace AmConnector.IntegrationTests.Security;

/// <summary>A failed sign-in is logged with the user name; no password reaches the logs, right or wrong.</summary>
public sealed partial class LoginLoggingTests(LogCapturingFactory factory) : IClassFixture<LogCapturingFactory>
{
    [Fact]
    public async Task A_failed_login_is_logged_with_the_user_name_and_no_password_is_logged()
    {
        const string wrong = "wrong-password-7f3a9c";
        var right = DemoUsers.PasswordOf("qa.reviewer");
        var mark = factory.Logs.Mark;

        using var failed = await LoginAsync("qa.reviewer", wrong);
        using var succeeded = await LoginAsync("qa.reviewer", right);

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, succeeded.StatusCode);
        var entries = factory.Logs.Since(mark);
        Assert.Contains(entries, e => e.Level == LogLevel.Warning && e.Text.Contains("qa.reviewer", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Text.Contains(wrong, StringComparison.Ordinal) || e.Text.Contains(right, StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> LoginAsync(string username, string password)
    {
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = AmConnectorFactory.BaseAddress,
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
        var html = await browser.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(html).Groups[1].Value),
            ["Username"] = username,
            ["Password"] = password,
        });
        return await browser.PostAsync(new Uri("/account/login", UriKind.Relative), content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]*)\"")]
    private static partial Regex AntiforgeryToken();
}
