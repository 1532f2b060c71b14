using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Security;
using AmConnector.Security.TokenServer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AmConnector.IntegrationTests.Security;

/// <summary>The server with every log of every category captured at Trace level.</summary>
public sealed class LogCapturingFactory : AmConnectorFactory
{
    public FakeTimeProvider TestClock { get; } = new(DateTimeOffset.UtcNow);

    public CapturedLogs Logs { get; } = new();

    protected override TimeProvider? Clock => TestClock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // A rule for this provider beats appsettings' category rules ("Microsoft.AspNetCore": Warning).
        builder.ConfigureLogging(logging => logging
            .AddProvider(Logs)
            .SetMinimumLevel(LogLevel.Trace)
            .AddFilter<CapturedLogs>(null, LogLevel.Trace));
    }
}

/// <summary>Every log entry: its formatted message, its structured values and its exception.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> All => [.. _entries];

    /// <summary>How many entries there are now, to read only those a test's requests wrote.</summary>
    public int Mark => _entries.Count;

    public IReadOnlyList<Entry> Since(int mark) => [.. _entries.Skip(mark)];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public sealed record Entry(string Category, LogLevel Level, string Message, string Text);

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => $"{p.Key}={p.Value}")
                : [];
            var text = string.Join(Environment.NewLine, [message, .. values, exception?.ToString() ?? ""]);
            logs._entries.Enqueue(new Entry(category, logLevel, message, text));
        }
    }
}

/// <summary>
/// No credential reaches the logs, at any level, whatever the outcome of the request: client
/// secrets (right or wrong), access tokens (valid, tampered, expired, garbage) and API keys (in
/// the header or the query string). A rejected credential is logged by the client it names.
/// </summary>
public sealed class SecretLoggingTests(LogCapturingFactory factory) : IClassFixture<LogCapturingFactory>
{
    private const string WrongSecret = "wrong-secret-XYZ-123456";
    private const string GarbageToken = "garbage-token-ABC-987654";

    private CapturedLogs Logs => factory.Logs;

    [Fact]
    public async Task A_wrong_client_secret_is_not_logged_but_the_client_is()
    {
        var mark = Logs.Mark;

        using var response = await factory.RequestTokenResponseAsync(TestClients.Reader, WrongSecret);

        Assert.False(response.IsSuccessStatusCode);
        Assert.Contains(Logs.Since(mark), e => e.Message.Contains(TestClients.Reader, StringComparison.Ordinal));
        AssertNotLogged(WrongSecret);
    }

    [Fact]
    public async Task Client_secrets_and_the_access_tokens_issued_are_not_logged()
    {
        var token = await FreshTokenAsync(TestClients.Reader);
        var demoToken = await FreshTokenAsync("supplier-nwb", DemoClients.SecretOf("supplier-nwb"));
        using var client = ClientWithBearer(token);

        using var response = await client.GetAsync(new Uri("/odata/Lots?$top=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNotLogged(TestClients.Secret, DemoClients.SecretOf("supplier-nwb"), token, Signature(token), demoToken, Signature(demoToken));
    }

    [Fact]
    public async Task A_tampered_token_is_logged_by_its_client_id_only()
    {
        var token = await FreshTokenAsync(TestClients.Reader);
        var tampered = token[..token.LastIndexOf('.')] + "." + new string('A', Signature(token).Length);
        using var client = ClientWithBearer(tampered);
        var mark = Logs.Mark;

        using var response = await client.GetAsync(new Uri("/odata/Lots?$top=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertAuthenticationFailureLogged(mark, TestClients.Reader);
        AssertNotLogged(token, Signature(token), tampered);
    }

    [Fact]
    public async Task An_expired_token_is_logged_by_its_client_id_only()
    {
        var token = await FreshTokenAsync(TestClients.Qa);
        factory.TestClock.Advance(TimeSpan.FromHours(2));
        using var client = ClientWithBearer(token);
        var mark = Logs.Mark;

        using var response = await client.GetAsync(new Uri("/odata/Lots?$top=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertAuthenticationFailureLogged(mark, TestClients.Qa);
        AssertNotLogged(token, Signature(token));
    }

    [Fact]
    public async Task A_garbage_token_is_not_logged()
    {
        using var client = ClientWithBearer(GarbageToken);
        var mark = Logs.Mark;

        using var response = await client.GetAsync(new Uri("/odata/Lots?$top=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertAuthenticationFailureLogged(mark, "(malformed token)");
        AssertNotLogged(GarbageToken);
    }

    [Fact]
    public async Task An_api_key_in_the_header_is_not_logged()
    {
        var key = await CreateApiKeyAsync();
        using var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(AmConnectorAuthentication.ApiKeyHeader, key);

        using var response = await client.GetAsync(new Uri("/odata/Lots?$top=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNotLogged(key);
    }

    [Fact]
    public async Task An_api_key_in_the_query_string_is_not_logged()
    {
        var key = await CreateApiKeyAsync();
        using var client = factory.CreateAnonymousClient();

        using var response = await client.GetAsync(new Uri($"/odata/Lots?{AmConnectorAuthentication.ApiKeyQueryParameter}={key}&$top=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single((await response.ReadJsonAsync()).Values());
        AssertNotLogged(key);
    }

    [Fact]
    public async Task An_unknown_api_key_in_the_query_string_is_logged_by_its_prefix_only()
    {
        var unknown = "amk_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        using var client = factory.CreateAnonymousClient();
        var mark = Logs.Mark;

        using var response = await client.GetAsync(new Uri($"/odata/Lots?$top=1&{AmConnectorAuthentication.ApiKeyQueryParameter}={unknown}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertAuthenticationFailureLogged(mark, $"api-key {unknown[..10]}…");
        AssertNotLogged(unknown);
    }

    private void AssertAuthenticationFailureLogged(int mark, string client)
    {
        var prefix = $"Authentication failed for client {client}";
        var failures = Logs.Since(mark).Where(e => e.Level == LogLevel.Warning && e.Message.StartsWith("Authentication failed for client", StringComparison.Ordinal)).ToList();
        Assert.True(
            failures.Any(e => e.Message.StartsWith(prefix, StringComparison.Ordinal)),
            $"A warning starting \"{prefix}\"; the authentication warnings were:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Select(e => e.Message))}");
    }

    private void AssertNotLogged(params string[] secrets)
    {
        var all = Logs.All;
        Assert.NotEmpty(all);
        var leaks = all.Where(e => secrets.Any(s => e.Text.Contains(s, StringComparison.Ordinal))).ToList();
        Assert.True(leaks.Count == 0, "Logged a credential:" + Environment.NewLine + string.Join(Environment.NewLine, leaks.Select(e => $"[{e.Level}] {e.Category}: {e.Message}")));
    }

    /// <summary>A new token for every call: the fixture's clock moves, so a cached token may have expired.</summary>
    private async Task<string> FreshTokenAsync(string clientId, string secret = TestClients.Secret)
    {
        using var response = await factory.RequestTokenResponseAsync(clientId, secret);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"/connect/token refused {clientId}: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    private async Task<string> CreateApiKeyAsync()
    {
        using var client = ClientWithBearer(await FreshTokenAsync(TestClients.OnlyScope(Scopes.ManageClients)));
        using var response = await client.PostAsJsonAsync(new Uri("/api/clients/api-keys", UriKind.Relative), new { name = "log test" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("key").GetString()!;
    }

    private HttpClient ClientWithBearer(string token)
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static string Signature(string token) => token[(token.LastIndexOf('.') + 1)..];
}
