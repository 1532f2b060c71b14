using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.IntegrationTests.Telemetry;
using AmConnector.IntegrationTests.Webhooks.Outbound;
using AmConnector.Outbox;
using AmConnector.Security;
using AmConnector.Security.SignIn;
using AmConnector.Security.TokenServer;
using AmConnector.Webhooks.Outbound;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace AmConnector.IntegrationTests.Security;

/// <summary>
/// One flow through everything that handles a credential, with every log captured at Trace level
/// and every span exported; then every log entry (message, structured values, exception text) and
/// every span tag is scanned for every secret the flow used. None may appear.
/// </summary>
public sealed class SecretLoggingFlowTests(SecretFlowFactory factory) : IClassFixture<SecretFlowFactory>
{
    private readonly Dictionary<string, string> _secrets = new(StringComparer.Ordinal);

    [Fact]
    public async Task A_full_flow_logged_at_trace_level_leaves_no_secret_in_any_log_entry_or_span()
    {
        // Client credentials: a demo client, a configured client, and a wrong secret.
        var demoToken = await TokenAsync("supplier-nwb", DemoClients.SecretOf("supplier-nwb"));
        var readerToken = await TokenAsync(TestClients.Reader, TestClients.Secret);
        Keep("wrong client secret", "wrong-secret-" + Guid.NewGuid().ToString("N"));
        using (var refused = await factory.RequestTokenResponseAsync(TestClients.Reader, _secrets["wrong client secret"]))
        {
            Assert.False(refused.IsSuccessStatusCode);
        }

        // OData with a bearer token, and with an API key in the header and in the query.
        using var reader = WithBearer(readerToken);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri("/odata/Lots?$top=1", UriKind.Relative))).StatusCode);
        using var supplier = WithBearer(demoToken);
        Assert.Equal(HttpStatusCode.OK, (await supplier.GetAsync(new Uri("/odata/Lots?$top=1", UriKind.Relative))).StatusCode);
        var apiKey = Keep("API key", await CreateApiKeyAsync());
        using var anonymous = factory.CreateAnonymousClient();
        using (var byQuery = await anonymous.GetAsync(new Uri($"/odata/Lots?$top=1&api_key={apiKey}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, byQuery.StatusCode);
        }

        using (var byHeader = new HttpRequestMessage(HttpMethod.Get, new Uri("/odata/Lots?$top=1", UriKind.Relative)))
        {
            byHeader.Headers.Add(AmConnectorAuthentication.ApiKeyHeader, apiKey);
            Assert.Equal(HttpStatusCode.OK, (await anonymous.SendAsync(byHeader)).StatusCode);
        }

        // A person signs in (authorization code + PKCE); another person mistypes a password.
        var personToken = await PersonSignInAsync("qa.approver");
        using var person = WithBearer(personToken);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync(new Uri("/odata/Lots?$top=1", UriKind.Relative))).StatusCode);
        Keep("wrong password", "wrong-password-" + Guid.NewGuid().ToString("N"));
        Keep("demo password", DemoUsers.PasswordOf("qa.reviewer"));
        using (var failed = await LoginAsync("qa.reviewer", _secrets["wrong password"]))
        {
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        // A supplier's webhook secret, a signed event and one signed with a wrong secret.
        var supplierSecret = KeepWebhookSecret("supplier webhook secret", await SupplierEvents.CreateSecretAsync(factory, "NWB"));
        var wrongSecret = KeepWebhookSecret("wrong webhook secret", "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        using (var signed = await anonymous.SendAsync(SupplierEvents.Post("NWB", supplierSecret, SupplierEvents.CloudEvent("am.test", new { message = "secret flow" }))))
        {
            Assert.Equal(HttpStatusCode.Accepted, signed.StatusCode);
        }

        using (var forged = await anonymous.SendAsync(SupplierEvents.Post("NWB", wrongSecret, SupplierEvents.CloudEvent("am.test", new { }))))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        }

        // An outbound endpoint whose URL carries the receiver's own token, and a delivery to it.
        using var receiver = new Receiver(200);
        var urlToken = Keep("receiver URL token", "rcv-" + Guid.NewGuid().ToString("N"));
        var endpointSecret = KeepWebhookSecret("endpoint secret", await RegisterEndpointAsync($"{receiver.Url}?token={urlToken}"));
        await PublishAsync();
        await factory.Services.GetRequiredService<WebhookDispatcher>().RunOnceAsync();
        var delivered = Assert.Single(receiver.Requests);
        Receiver.Verify(delivered, endpointSecret);

        ExportedTelemetry.Flush(factory.Services);
        var logs = factory.Logs.All;
        Assert.Contains(logs, e => e.Level == LogLevel.Trace);
        Assert.Contains(logs, e => e.Category.StartsWith("OpenIddict", StringComparison.Ordinal));
        Assert.Contains(logs, e => e.Category.StartsWith("Microsoft.EntityFrameworkCore.Database.Command", StringComparison.Ordinal));
        Assert.Contains(logs, e => e.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
        var leaks = SecretScan.Leaks(logs, _secrets);
        Assert.True(leaks.Count == 0, "Logged a secret:" + Environment.NewLine + string.Join(Environment.NewLine, leaks.Distinct()));
        var tagLeaks = factory.Exported.Tags().Where(t => _secrets.Values.Any(s => t.Value.Contains(s, StringComparison.Ordinal)))
            .Select(t => $"{t.Span.OperationName} {t.Key}").Distinct().ToList();
        Assert.True(tagLeaks.Count == 0, "A span carries a secret: " + string.Join(", ", tagLeaks));
    }

    [Fact]
    public void The_scanner_finds_a_secret_in_a_message_a_structured_value_or_an_exception()
    {
        var secret = "deliberate-" + Guid.NewGuid().ToString("N");
        var logger = factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SecretScanSelfTest");
        var mark = factory.Logs.Mark;

#pragma warning disable CA1848, CA1873, CA2254 // Written this way on purpose: the scanner must see each shape.
        logger.LogInformation("Secret in the message: " + secret);
        logger.LogInformation("Secret in a value not in the message: {Count}", 1);
        logger.Log(LogLevel.Debug, default, new Dictionary<string, object?> { ["Hidden"] = secret }, null, (_, _) => "nothing to see");
        logger.LogWarning(new InvalidOperationException("failed with " + secret), "An exception");
#pragma warning restore CA1848, CA1873, CA2254

        var leaks = SecretScan.Leaks(factory.Logs.Since(mark), new Dictionary<string, string> { ["deliberate"] = secret });
        Assert.Equal(3, leaks.Count);
    }

    [Fact]
    public void Ef_core_never_logs_parameter_values()
    {
        using var scope = factory.Scope(out var db);

        var core = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>();

        Assert.False(core?.IsSensitiveDataLoggingEnabled ?? false);
    }

    private string Keep(string name, string secret)
    {
        _secrets[name] = secret;
        return secret;
    }

    /// <summary>A whsec_ secret, and its base64 key on its own (a log could hold either).</summary>
    private string KeepWebhookSecret(string name, string secret)
    {
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Keep(name, secret);
        Keep(name + " (key part)", secret["whsec_".Length..]);
        return secret;
    }

    private async Task<string> TokenAsync(string clientId, string secret)
    {
        Keep($"client secret of {clientId}", secret);
        using var response = await factory.RequestTokenResponseAsync(clientId, secret);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var token = JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
        KeepToken($"access token of {clientId}", token);
        return token;
    }

    /// <summary>A token, and its signature on its own: a log that cut the token short could still hold that.</summary>
    private void KeepToken(string name, string token)
    {
        Keep(name, token);
        Keep(name + " (signature)", token[(token.LastIndexOf('.') + 1)..]);
    }

    /// <summary>The sign-in of <see cref="PersonSignIn.TokenAsync"/>, keeping the code and the verifier too.</summary>
    private async Task<string> PersonSignInAsync(string username)
    {
        var password = Keep($"password of {username}", DemoUsers.PasswordOf(username));
        using var browser = PersonSignIn.Browser(factory);
        var verifier = Keep("PKCE verifier", Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)));
        using var first = await browser.GetAsync(PersonSignIn.AuthorizeUri(PersonSignIn.DemoApp, PersonSignIn.DemoRedirectUri, verifier, PersonSignIn.AllScopes, "state-1", prompt: "login"));
        using var login = await PersonSignIn.PostLoginAsync(browser, await PersonSignIn.LoginFormAsync(browser, first.Headers.Location!.OriginalString), username, password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var second = await browser.GetAsync(login.Headers.Location);
        var code = Keep("authorization code", QueryHelpers.ParseQuery(second.Headers.Location!.Query)["code"].ToString());
        using var redeem = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["code_verifier"] = verifier,
            ["redirect_uri"] = PersonSignIn.DemoRedirectUri,
            ["client_id"] = PersonSignIn.DemoApp,
        });
        using var response = await browser.PostAsync(new Uri("/connect/token", UriKind.Relative), redeem);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var token = JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
        KeepToken($"access token of {username}", token);
        return token;
    }

    private async Task<HttpResponseMessage> LoginAsync(string username, string password)
    {
        using var browser = PersonSignIn.Browser(factory);
        var form = await PersonSignIn.LoginFormAsync(browser, "/account/login");
        return await PersonSignIn.PostLoginAsync(browser, form, username, password);
    }

    private async Task<string> CreateApiKeyAsync()
    {
        using var admin = WithBearer(await TokenAsync(TestClients.OnlyScope(Scopes.ManageClients), TestClients.Secret));
        using var response = await admin.PostAsJsonAsync(new Uri("/api/clients/api-keys", UriKind.Relative), new { name = "secret flow" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("key").GetString()!;
    }

    private async Task<string> RegisterEndpointAsync(string url)
    {
        using var admin = WithBearer(await TokenAsync(TestClients.OnlyScope(Scopes.ManageWebhooks), TestClients.Secret));
        using var response = await admin.PostAsJsonAsync(new Uri("/api/webhooks/endpoints", UriKind.Relative), new { url, description = "secret flow", eventTypes = Array.Empty<string>() });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("secret").GetString()!;
    }

    private async Task PublishAsync()
    {
        await using var scope = factory.Scope(out var db);
        db.Audit.SystemActor = "test";
        scope.ServiceProvider.GetRequiredService<OutboxWriter>()
            .Add(db, EventTypes.LotStatusChanged, "lots/NWB/NB-FBS-500/L-1", new { lotId = Guid.NewGuid(), status = "Released" }, "NWB", "NB-FBS-500");
        await db.SaveChangesAsync();
    }

    private HttpClient WithBearer(string token)
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
