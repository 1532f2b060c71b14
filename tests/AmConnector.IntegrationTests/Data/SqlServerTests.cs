using AmConnector.Data;
using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.Data;

/// <summary>
/// The production provider end to end: the SQL Server migrations apply to an empty database, the demo
/// seed fits its column types, and the representative LIMS query runs. Skipped unless
/// AMCONNECTOR_TEST_SQLSERVER is set (CI has no SQL Server).
/// </summary>
public sealed class SqlServerTests
{
    [SqlServerFact]
    public async Task The_server_migrates_seeds_and_answers_on_SQL_Server()
    {
        var connection = new SqlConnectionStringBuilder(SqlServerFactAttribute.ConnectionString)
        {
            InitialCatalog = $"AmConnectorTest_{Guid.NewGuid():N}",
        }.ConnectionString;

        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("AmConnector:Database:Provider", "SqlServer");
            builder.UseSetting("ConnectionStrings:AmConnector", connection);
        });
        try
        {
            using var client = factory.CreateClient();
            var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            Assert.True(ready.IsSuccessStatusCode, await ready.Content.ReadAsStringAsync());

            var lots = await client.GetAsync(new Uri(
                "/odata/Lots?$filter=Status eq 'Released'&$expand=Material($expand=Supplier)&$top=50", UriKind.Relative));
            Assert.True(lots.IsSuccessStatusCode, await lots.Content.ReadAsStringAsync());
            Assert.NotEmpty((await lots.ReadJsonAsync()).Values());
        }
        finally
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AmConnectorDbContext>().Database.EnsureDeletedAsync();
        }
    }
}
