using AmConnector.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.Infrastructure;

/// <summary>
/// The standalone server in-process, on its own SQLite file in a temporary folder, with the demo
/// data seeded. Every SQL command the app runs is counted by <see cref="Sql"/>.
/// </summary>
public class AmConnectorFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("amconnector-test-").FullName;

    public SqlCommandCounter Sql { get; } = new();

    public string DatabaseFile => Path.Combine(_folder, "amconnector.db");

    /// <summary>Seed the demo data at start; tests that need an empty database turn it off.</summary>
    protected virtual bool SeedDemoData => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("AmConnector:Database:SqliteFile", DatabaseFile);
        builder.UseSetting("AmConnector:Demo:Seed", SeedDemoData ? "true" : "false");
        builder.ConfigureServices(services =>
            services.ConfigureDbContext<AmConnectorDbContext>(options => options.AddInterceptors(Sql)));
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
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow CI machine: the temp folder is cleaned by the OS.
            }
        }
    }
}
