using AmConnector.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AmConnector.Benchmarks.Data;

/// <summary>Creates an empty AmConnector database by running the product's own migrations, so the generated file is a real AmConnector database.</summary>
internal static class BenchDatabase
{
    public static async Task MigrateAsync(string file, bool demo = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development, ContentRootPath = Path.GetDirectoryName(Path.GetFullPath(file)) });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AmConnector:Database:SqliteFile"] = Path.GetFullPath(file),
            ["AmConnector:Demo:Seed"] = "false",
        });
        builder.Services.AddAmConnector();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmConnectorDbContext>();
        await db.Database.MigrateAsync();
        if (demo)
        {
            await scope.ServiceProvider.GetRequiredService<AmConnector.Demo.DemoSeeder>().SeedAsync(CancellationToken.None);
        }
    }
}
