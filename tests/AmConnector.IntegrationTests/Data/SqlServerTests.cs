using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.Data;

/// <summary>
/// The production provider end to end: the SQL Server migrations apply to an empty database, the demo
/// seed fits its column types, tokens are issued from its OpenIddict tables, and the representative
/// LIMS query runs. Skipped unless AMCONNECTOR_TEST_SQLSERVER is set (CI has no SQL Server).
/// </summary>
public sealed class SqlServerTests
{
    [SqlServerFact]
    public async Task The_server_migrates_seeds_and_answers_on_SQL_Server()
    {
        await using var factory = new SqlServerFactory();
        try
        {
            using var client = factory.CreateClientFor(TestClients.Reader);
            var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            Assert.True(ready.IsSuccessStatusCode, await ready.Content.ReadAsStringAsync());

            var lots = await client.GetAsync(new Uri(
                "/odata/Lots?$filter=Status eq 'Released'&$expand=Material($expand=Supplier)&$top=50", UriKind.Relative));
            Assert.True(lots.IsSuccessStatusCode, await lots.Content.ReadAsStringAsync());
            Assert.NotEmpty((await lots.ReadJsonAsync()).Values());

            // A usability answer, asked again from the cache, and while a writer holds the audit head
            // (ADR-006): the head is read past the lock (AuditHeadReader), so the question does not wait.
            await using var scope = factory.Scope(out var db);
            var lotId = await db.Lots.AsNoTracking().Select(l => l.Id).FirstAsync();
            var usability = new Uri($"/odata/Lots({lotId})/AmConnector.Usability()", UriKind.Relative);
            var first = await client.GetStringAsync(usability);
            Assert.Equal(first, await client.GetStringAsync(usability));
            await using (var writerScope = factory.Scope(out var writer))
            await using (var transaction = await writer.Database.BeginTransactionAsync())
            {
                await writer.Database.ExecuteSqlRawAsync("UPDATE AuditChainHead SET LastSequence = LastSequence WHERE Id = 1");
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                using var whileLocked = await client.GetAsync(usability, timeout.Token);
                Assert.True(whileLocked.IsSuccessStatusCode, await whileLocked.Content.ReadAsStringAsync());
                await transaction.RollbackAsync();
            }

            // The append-only trigger of the SQL Server migration.
            var refused = await Assert.ThrowsAsync<SqlException>(() => db.Database.ExecuteSqlRawAsync("UPDATE AuditEvents SET Reason = 'edited' WHERE Sequence = 1"));
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);

            // The Data Protection key ring's raw SQL (DatabaseXmlRepository) on this provider.
            var protector = factory.Services.GetRequiredService<AmConnector.Webhooks.WebhookSecretProtector>();
            Assert.Equal("whsec_sql-server", protector.Unprotect(protector.Protect("whsec_sql-server")));
            Assert.NotEmpty(await db.Set<AmConnector.DataProtection.DataProtectionKey>().AsNoTracking().ToListAsync());
        }
        finally
        {
            await using var scope = factory.Scope(out var db);
            await db.Database.EnsureDeletedAsync();
        }
    }

    private sealed class SqlServerFactory : AmConnectorFactory
    {
        private readonly string _connection = new SqlConnectionStringBuilder(SqlServerFactAttribute.ConnectionString)
        {
            InitialCatalog = $"AmConnectorTest_{Guid.NewGuid():N}",
        }.ConnectionString;

        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("AmConnector:Database:Provider", "SqlServer"),
            new("ConnectionStrings:AmConnector", _connection),
        ];
    }
}
