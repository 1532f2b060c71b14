using AmConnector.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AmConnector.IntegrationTests.Data;

/// <summary>
/// Each provider keeps its own migrations. A model change without a migration for both would ship a
/// schema that does not match the code, so these fail until `dotnet ef migrations add` is run for each.
/// None of them opens a database connection.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var db = Sqlite();
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), PendingHint("AmConnector.Data.Sqlite"));
    }

    [Fact]
    public void The_SQL_Server_migrations_match_the_model()
    {
        using var db = SqlServer();
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), PendingHint("AmConnector.Data.SqlServer"));
    }

    [Fact]
    public void The_SQL_Server_idempotent_migration_script_is_generated()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        // Idempotent: every migration is guarded by the history table, so a DBA can run it on any version.
        Assert.StartsWith("IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL", script, StringComparison.Ordinal);
        foreach (var migration in db.Database.GetMigrations())
        {
            Assert.Contains($"WHERE [MigrationId] = N'{migration}'", script, StringComparison.Ordinal);
        }

        Assert.Contains("CREATE TABLE [Lots]", script, StringComparison.Ordinal);

        // CREATE TRIGGER and CREATE VIEW must start a batch: inside the script's IF blocks they run through EXEC.
        Assert.Contains("EXEC(N'CREATE TRIGGER [dbo].[AuditEvents_AppendOnly]", script, StringComparison.Ordinal);
        Assert.Contains("EXEC(N'CREATE VIEW [dbo].[LotsRead]", script, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"BEGIN\s+CREATE (TRIGGER|VIEW)", script);
        Assert.Contains("decimal(18,6)", script, StringComparison.Ordinal);
    }

    private static string PendingHint(string project) =>
        $"The model has changes without a migration in {project}. Run: dotnet ef migrations add <Name> " +
        $"--project src/{project} --startup-project src/{project} -o Migrations";

    private static AmConnectorDbContext Sqlite() => new(new DbContextOptionsBuilder<AmConnectorDbContext>()
        .UseSqlite("Data Source=:memory:", o => o.MigrationsAssembly(DatabaseConfigurator.SqliteMigrationsAssembly))
        .Options);

    private static AmConnectorDbContext SqlServer() => new(new DbContextOptionsBuilder<AmConnectorDbContext>()
        .UseSqlServer("Server=127.0.0.1;Database=AmConnectorScript;TrustServerCertificate=true",
            o => o.MigrationsAssembly(DatabaseConfigurator.SqlServerMigrationsAssembly))
        .Options);
}
