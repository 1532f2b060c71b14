using AmConnector.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmConnector.Data;

/// <summary>
/// At start, before the server listens: creates the embedded database's folder, applies
/// pending migrations and seeds the demo data when asked. Runs as a hosted service so a host
/// that embeds the plugin gets the same behaviour without extra calls.
/// </summary>
internal sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes, IOptions<AmConnectorOptions> options, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmConnectorDbContext>();
        var settings = options.Value;

        if (db.Database.IsSqlite())
        {
            PrepareSqliteFile(db.Database.GetConnectionString());
        }

        if (settings.Database.MigrateOnStart)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                LogMigrating(logger, pending.Count, db.Database.ProviderName);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers (LIMS, BI) run beside a writer; it is a property of the file and persists.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (settings.Demo.Seed)
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void PrepareSqliteFile(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && !string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} pending migration(s) on {Provider}")]
    private static partial void LogMigrating(ILogger logger, int count, string? provider);
}
