using AmConnector.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AmConnector.Data.SqlServer;

/// <summary>
/// Used by <c>dotnet ef migrations add … --project src/AmConnector.Data.SqlServer</c> only. No
/// connection is opened to add a migration or to script one.
/// </summary>
internal sealed class SqlServerDesignTimeDbContextFactory : IDesignTimeDbContextFactory<AmConnectorDbContext>
{
    public AmConnectorDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<AmConnectorDbContext>()
            .UseSqlServer("Server=localhost;Database=AmConnector;Integrated Security=true;TrustServerCertificate=true",
                sql => sql.MigrationsAssembly(DatabaseConfigurator.SqlServerMigrationsAssembly))
            .Options);
}
