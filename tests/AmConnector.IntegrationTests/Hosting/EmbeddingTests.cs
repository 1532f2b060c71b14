using System.Net;
using AmConnector.Data;
using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AmConnector.IntegrationTests.Hosting;

/// <summary>AmConnector as a plugin: a host's own app mounts it under a prefix, beside its own endpoints.</summary>
public sealed class EmbeddingTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("amconnector-host-").FullName;
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();

        // Registered twice, with the provider chosen twice, as composed hosts and modules do.
        builder.Services.AddAmConnector(o =>
        {
            o.PathPrefix = "am";
            o.Database.SqliteFile = Path.Combine(_folder, "host.db");
            o.Demo.Seed = false;
            o.Auth.KeyFolder = _folder;
            o.Auth.Clients = [new() { ClientId = "host-lims", Secret = TestClients.Secret, Scopes = [AmConnector.Security.Scopes.Read] }];
        }).UseSqlite().UseSqlite();
        builder.Services.AddAmConnector().UseSqlite();

        _app = builder.Build();
        _app.MapGet("/hello", () => "the host's own endpoint");
        _app.MapAmConnector();
        await _app.StartAsync();
        _client = _app.GetTestClient();
        _client.BaseAddress = AmConnectorFactory.BaseAddress;
        _client.DefaultRequestHeaders.Authorization = new("Bearer", await TokenAsync());
    }

    /// <summary>The token server too answers under the prefix.</summary>
    private async Task<string> TokenAsync()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "host-lims",
            ["client_secret"] = TestClients.Secret,
        });
        var response = await _client.PostAsync(new Uri("/am/connect/token", UriKind.Relative), form);
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    [Theory]
    [InlineData("/am/odata/$metadata")]
    [InlineData("/am/odata/Lots")]
    [InlineData("/am/odata/")]
    [InlineData("/am/health/live")]
    [InlineData("/am/health/ready")]
    [InlineData("/hello")]
    public async Task The_plugin_answers_under_the_prefix_beside_the_host(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/odata/$metadata")]
    [InlineData("/health/ready")]
    [InlineData("/connect/token")]
    public async Task Nothing_is_mapped_outside_the_prefix(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_batch_under_the_prefix_routes_its_requests()
    {
        using var content = new StringContent("""{"requests":[{"id":"1","method":"GET","url":"Suppliers"}]}""",
            System.Text.Encoding.UTF8, "application/json");
        var response = await _client.PostAsync(new Uri("/am/odata/$batch", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.ReadJsonAsync();
        Assert.Equal(200, answer.GetProperty("responses")[0].GetProperty("status").GetInt32());
    }

    [Fact]
    public void Registering_twice_adds_each_service_once()
    {
        var initializers = _app.Services.GetServices<IHostedService>().OfType<DatabaseInitializer>();
        Assert.Single(initializers);
        Assert.Equal(DatabaseProvider.Sqlite,
            _app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AmConnectorOptions>>().Value.Database.Provider);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _client.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temp cleaning.
        }
    }
}
