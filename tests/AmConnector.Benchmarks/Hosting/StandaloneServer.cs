using AmConnector.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AmConnector.Benchmarks.Hosting;

/// <summary>
/// AmConnector as the standalone server runs it, on an existing (generated) database, until stopped:
/// the process bench/run.sh measures. Warning-level console logging as in production. The
/// Development environment is kept only because it lets the built-in token server generate its keys
/// and answer over plain http on loopback; nothing on the query path depends on it. One client is
/// configured: the demo LIMS's id and secret with am.read (demo data itself is off). Pages are
/// 1,000 rows, the BI refresh's page size.
/// </summary>
internal static class StandaloneServer
{
    public const string ClientId = "lims-demo";

    public const string ClientSecret = "lims-demo-secret";

    public static async Task RunAsync(string database, int port, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("amconnector-serve-").FullName;
        try
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = Environments.Development });
            builder.Logging.ClearProviders();
            builder.Logging.AddSimpleConsole();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AmConnector:Database:SqliteFile"] = Path.GetFullPath(database),
                ["AmConnector:Demo:Seed"] = "false",
                ["AmConnector:Auth:RateLimit:Enabled"] = "false",
                ["AmConnector:Expiry:Enabled"] = "false",
                // The BI refresh's page: Power BI sends no $top and follows @odata.nextLink at the server's page size.
                ["AmConnector:OData:PageSize"] = "1000",
                ["AmConnector:Auth:Clients:0:ClientId"] = ClientId,
                ["AmConnector:Auth:Clients:0:Secret"] = ClientSecret,
                ["AmConnector:Auth:Clients:0:Scopes:0"] = Scopes.Read,
            });
            builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
            builder.Services.AddAmConnector();
            await using var app = builder.Build();
            app.MapAmConnector();
            Console.WriteLine($"AmConnector on http://127.0.0.1:{port} over {database} (pid {Environment.ProcessId})");
            await app.RunAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
