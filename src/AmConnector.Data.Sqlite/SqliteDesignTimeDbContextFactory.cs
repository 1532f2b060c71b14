using AmConnector.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AmConnector.Data.Sqlite;

/// <summary>
/// Used by <c>dotnet ef migrations add … --project src/AmConnector.Data.Sqlite</c> only: builds the
/// model for SQLite, whose conventions differ (instants as ticks, decimals as REAL).
/// </summary>
internal sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<AmConnectorDbContext>
{
    public AmConnectorDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<AmConnectorDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsAssembly(DatabaseConfigurator.SqliteMigrationsAssembly))
            .Options);
}
