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
        var options = services.GetRequiredService<IOptions<AmConnectorOptions>>().Value.Database;
        var configuration = services.GetRequiredService<IConfiguration>();
        var connectionString = configuration.GetConnectionString(options.ConnectionStringName);

        switch (options.Provider)
        {
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        $"AmConnector:Database:Provider is SqlServer but ConnectionStrings:{options.ConnectionStringName} is not set.");
                }

                builder.UseSqlServer(connectionString, sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly));
                break;
            default:
                var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
                builder.UseSqlite(
                    connectionString ?? SqliteConnectionString(contentRoot, options.SqliteFile),
                    sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
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

    /// <summary>The embedded database file under the content root; its folder is created at start.</summary>
    public static string SqliteConnectionString(string contentRoot, string file) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(Path.Combine(contentRoot, file)),
        Pooling = true,
        // Writers wait for each other instead of failing with SQLITE_BUSY.
        DefaultTimeout = 30,
    }.ToString();
}
