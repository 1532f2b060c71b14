using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AmConnector.Data;

/// <summary>Points the <see cref="AmConnectorDbContext"/> at the configured provider and its migrations assembly.</summary>
internal static class DatabaseConfigurator
{
    public const string SqliteMigrationsAssembly = "AmConnector.Data.Sqlite";
    public const string SqlServerMigrationsAssembly = "AmConnector.Data.SqlServer";

    public static void Configure(IServiceProvider services, DbContextOptionsBuilder builder)
    {
        var (provider, connectionString) = Connection(services);
        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(connectionString, sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly));
                break;
            default:
                builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                builder.AddInterceptors(SqliteBusyTimeout.Instance);
                break;
        }

        // Signatures first (a changed record invalidates them, and that change is stamped and audited
        // too), then stamping, so the audit trail records the new revision and modification time.
        builder.AddInterceptors(
            services.GetRequiredService<Signatures.SignatureInvalidationInterceptor>(),
            services.GetRequiredService<EntityStampingInterceptor>(),
            services.GetRequiredService<AuditTrail.AuditInterceptor>());
    }

    /// <summary>
    /// The configured provider and its connection string: <c>ConnectionStrings:{name}</c>, or for SQLite
    /// the embedded file when that is not set. Also used by code that opens its own connection.
    /// </summary>
    public static (DatabaseProvider Provider, string ConnectionString) Connection(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AmConnectorOptions>>().Value.Database;
        var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString(options.ConnectionStringName);
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            return string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException(
                    $"AmConnector:Database:Provider is SqlServer but ConnectionStrings:{options.ConnectionStringName} is not set.")
                : (DatabaseProvider.SqlServer, connectionString);
        }

        var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        return (DatabaseProvider.Sqlite, connectionString ?? SqliteConnectionString(contentRoot, options.SqliteFile));
    }

    /// <summary>The embedded database file under the content root; its folder is created at start.</summary>
    public static string SqliteConnectionString(string contentRoot, string file) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(Path.Combine(contentRoot, file)),
        Pooling = true,
        // Writers wait for each other instead of failing with SQLITE_BUSY.
        DefaultTimeout = 30,
    }.ToString();
}
