using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.Infrastructure;

/// <summary>
/// The standalone server in-process, on its own SQLite file in a temporary folder, with the demo
/// data seeded and the <see cref="TestClients"/> configured on the built-in token server. Clients
/// talk https to it (the token server refuses plain http outside Development). Every SQL command
/// the app runs is counted by <see cref="Sql"/>.
/// </summary>
public class AmConnectorFactory : WebApplicationFactory<Program>
{
    public static readonly Uri BaseAddress = new("https://localhost");

    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new();

    private readonly ConcurrentDictionary<string, (Task<string> Token, DateTimeOffset At)> _people = new();

    public AmConnectorFactory()
        : this(Directory.CreateTempSubdirectory("amconnector-test-").FullName)
    {
    }

    /// <summary>A factory on an existing folder: same database and token keys as another factory.</summary>
    protected AmConnectorFactory(string folder) => Folder = folder;

    public string Folder { get; }

    public SqlCommandCounter Sql { get; } = new();

    public string DatabaseFile => Path.Combine(Folder, "amconnector.db");

    /// <summary>Seed the demo data at start; tests that need an empty database turn it off.</summary>
    protected virtual bool SeedDemoData => true;

    /// <summary>Settings a derived factory adds or overrides.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    /// <summary>A clock that replaces the system clock everywhere (entities, tokens, API keys), or null.</summary>
    protected virtual TimeProvider? Clock => null;

    /// <summary>An unauthenticated client.</summary>
    public HttpClient CreateAnonymousClient() => CreateDefaultClient(BaseAddress);

    /// <summary>A client that sends the given test client's access token.</summary>
    public HttpClient CreateClientFor(string clientId) => CreateDefaultClient(BaseAddress, new BearerTokenHandler(this, clientId));

    /// <summary>An access token from /connect/token, once per client and factory.</summary>
    public Task<string> TokenAsync(string clientId, string secret = TestClients.Secret) =>
        _tokens.GetOrAdd(clientId + "\n" + secret, _ => RequestTokenAsync(clientId, secret));

    /// <summary>
    /// A person's access token from the real login (authorization code + PKCE through <c>qa-app</c>),
    /// once per person and factory; signed in again when the cached login is older than two minutes on
    /// the app's clock, so it stays inside the signature re-authentication window. Demo people by default.
    /// </summary>
    public Task<string> PersonTokenAsync(string username, string? password = null)
    {
        var now = Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var entry = _people.AddOrUpdate(
            username,
            _ => (PersonSignIn.TokenAsync(this, username, password ?? username + "-password"), now),
            (_, cached) => now - cached.At > TimeSpan.FromMinutes(2) || cached.Token.IsFaulted
                ? (PersonSignIn.TokenAsync(this, username, password ?? username + "-password"), now)
                : cached);
        return entry.Token;
    }

    /// <summary>A client that sends the person's access token on every request (see <see cref="PersonTokenAsync"/>), e.g. <c>qa.approver</c>.</summary>
    public HttpClient CreatePersonClient(string username, string? password = null) =>
        CreateDefaultClient(BaseAddress, new PersonTokenHandler(this, username, password));

    /// <summary><see cref="CreatePersonClient"/>, signed in already.</summary>
    public async Task<HttpClient> PersonClientAsync(string username, string? password = null)
    {
        await PersonTokenAsync(username, password);
        return CreatePersonClient(username, password);
    }

    public async Task<HttpResponseMessage> RequestTokenResponseAsync(string clientId, string secret, string? scope = null)
    {
        using var client = CreateAnonymousClient();
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri("/connect/token", UriKind.Relative), content);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("AmConnector:Database:SqliteFile", DatabaseFile);
        builder.UseSetting("AmConnector:Auth:KeyFolder", Folder);
        builder.UseSetting("AmConnector:Demo:Seed", SeedDemoData ? "true" : "false");
        // The daily expiry job would change the demo data under the tests' feet; ExpiryTests runs it by hand.
        builder.UseSetting("AmConnector:Expiry:Enabled", "false");
        // Likewise the host-QMS job worker: HostQmsFactory's tests run its passes by hand.
        builder.UseSetting("AmConnector:HostQms:WorkerEnabled", "false");
        // Likewise the webhook dispatcher; its tests enable it or run passes by hand (WebhookDispatcher.RunOnceAsync).
        builder.UseSetting("AmConnector:Webhooks:DispatcherEnabled", "false");
        // Tests send bursts from one client; the rate-limit test sets its own small bucket.
        builder.UseSetting("AmConnector:Auth:RateLimit:TokenLimit", "100000");
        for (var i = 0; i < TestClients.All.Count; i++)
        {
            var (id, scopes, supplier) = TestClients.All[i];
            builder.UseSetting($"AmConnector:Auth:Clients:{i}:ClientId", id);
            builder.UseSetting($"AmConnector:Auth:Clients:{i}:Secret", TestClients.Secret);
            builder.UseSetting($"AmConnector:Auth:Clients:{i}:Supplier", supplier);
            for (var j = 0; j < scopes.Length; j++)
            {
                builder.UseSetting($"AmConnector:Auth:Clients:{i}:Scopes:{j}", scopes[j]);
            }
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<AmConnectorDbContext>((_, options) => options.AddInterceptors(Sql), ServiceLifetime.Singleton);
            if (Clock is { } clock)
            {
                services.AddSingleton(clock);
            }
        });
    }

    /// <summary>A context on the same database, outside any request, to check what is stored.</summary>
    public AsyncServiceScope Scope(out AmConnectorDbContext db)
    {
        var scope = Services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<AmConnectorDbContext>();
        return scope;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && OwnsFolder)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow CI machine: the temp folder is cleaned by the OS.
            }
        }
    }

    /// <summary>False for a factory that borrows another factory's folder.</summary>
    protected virtual bool OwnsFolder => true;

    private async Task<string> RequestTokenAsync(string clientId, string secret)
    {
        using var response = await RequestTokenResponseAsync(clientId, secret);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"/connect/token refused {clientId}: {(int)response.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }
}
