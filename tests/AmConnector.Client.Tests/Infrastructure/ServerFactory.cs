using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.Client.Tests.Infrastructure;

/// <summary>
/// The standalone server in-process (as tests/AmConnector.IntegrationTests runs it, cut down to what
/// the SDK needs): its own SQLite file in a temporary folder, the demo data, background jobs off, and
/// <see cref="TestClients"/> on the built-in token server. Clients talk https (the token server
/// refuses plain http outside Development).
/// </summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    public static readonly Uri BaseAddress = new("https://localhost");

    public string Folder { get; } = Directory.CreateTempSubdirectory("amconnector-sdk-test-").FullName;

    /// <summary>
    /// A service provider with the SDK registered as an integrator would, talking to this server
    /// through <paramref name="wrap"/> (e.g. a handler that counts requests) around the test server's handler.
    /// </summary>
    public ServiceProvider Sdk(Action<AmConnectorClientOptions> configure, Func<HttpMessageHandler, HttpMessageHandler>? wrap = null, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddAmConnectorClient(options =>
            {
                options.BaseAddress = BaseAddress;
                configure(options);
            })
            .ConfigureHttpClients(client => client.ConfigurePrimaryHttpMessageHandler(() => wrap is null ? Server.CreateHandler() : wrap(Server.CreateHandler())));
        return services.BuildServiceProvider();
    }

    /// <summary>The SDK signed in as one of <see cref="TestClients"/>.</summary>
    public ServiceProvider SdkFor(string clientId, Action<AmConnectorClientOptions>? more = null) => Sdk(options =>
    {
        options.ClientId = clientId;
        options.ClientSecret = TestClients.Secret;
        more?.Invoke(options);
    });

    /// <summary>Issues a webhook secret for a supplier through the management API, as the site's admin would.</summary>
    public async Task<string> IssueSupplierSecretAsync(string supplierCode)
    {
        using var admin = await RawClientAsync(TestClients.Admin);
        using var response = await admin.PostAsync(new Uri($"/api/suppliers/{supplierCode}/webhook-secrets", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
    }

    /// <summary>A plain HttpClient with the client's token, for what the SDK does not cover (setting up a test).</summary>
    public async Task<HttpClient> RawClientAsync(string clientId)
    {
        var client = CreateDefaultClient(BaseAddress);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = TestClients.Secret,
        });
        using var response = await client.PostAsync(new Uri("/connect/token", UriKind.Relative), form);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("AmConnector:Database:SqliteFile", Path.Combine(Folder, "amconnector.db"));
        builder.UseSetting("AmConnector:Auth:KeyFolder", Folder);
        builder.UseSetting("AmConnector:Demo:Seed", "true");
        // Background jobs would change the demo data under the tests' feet.
        builder.UseSetting("AmConnector:Expiry:Enabled", "false");
        builder.UseSetting("AmConnector:HostQms:WorkerEnabled", "false");
        builder.UseSetting("AmConnector:Webhooks:DispatcherEnabled", "false");
        // Endpoints registered by the tests point at loopback; nothing is sent (the dispatcher is off).
        builder.UseSetting("AmConnector:Webhooks:AllowedPrivateHosts:0", "127.0.0.1");
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
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow machine: the temp folder is cleaned by the OS.
            }
        }
    }
}
