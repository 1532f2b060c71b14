using System.Net;
using AmConnector.Data;
using AmConnector.Health;
using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AmConnector.IntegrationTests.Hosting;

public sealed class HealthTests(EmptyDatabaseFactory factory) : IClassFixture<EmptyDatabaseFactory>
{
    [Fact]
    public async Task Live_answers_without_touching_the_database()
    {
        var response = await factory.CreateAnonymousClient().GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await response.ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_reports_the_database_check_as_healthy_once_migrated()
    {
        var response = await factory.CreateAnonymousClient().GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("database", body.GetProperty("checks")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Ready_is_unhealthy_while_migrations_are_pending()
    {
        // An existing but empty database file: reachable, not migrated.
        var file = Path.Combine(Path.GetTempPath(), $"amconnector-unmigrated-{Guid.NewGuid():N}.db");
        await using (var empty = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=false"))
        {
            await empty.OpenAsync();
        }

        await using (var db = new AmConnectorDbContext(new DbContextOptionsBuilder<AmConnectorDbContext>()
            .UseSqlite($"Data Source={file};Pooling=false", o => o.MigrationsAssembly(DatabaseConfigurator.SqliteMigrationsAssembly))
            .Options))
        {
            var result = await new DatabaseReadyHealthCheck(db).CheckHealthAsync(new HealthCheckContext());

            Assert.Equal(HealthStatus.Unhealthy, result.Status);
            Assert.Contains("not applied", result.Description, StringComparison.Ordinal);
        }

        File.Delete(file);
    }
}
