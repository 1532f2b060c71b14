using System.Text.Json;
using AmConnector.Expiry;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Lots;
using AmConnector.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.Expiry;

/// <summary>The daily expiry pass on the demo data (the test factory turns the scheduled job off and runs it by hand).</summary>
public sealed class ExpiryRunTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    [Fact]
    public async Task A_pass_expires_released_lots_past_their_date_and_announces_each_lapsing_certificate_once()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        int overdue, lapsing;
        await using (var scope = factory.Scope(out var db))
        {
            overdue = await StoredLots.Of(db).CountAsync(l => (l.Status == LotStatus.Released || l.Status == LotStatus.ConditionallyReleased) && l.ExpiresOn < today);
            lapsing = await db.Certificates.CountAsync(c => c.ValidUntil >= today && c.ValidUntil <= today.AddDays(30));
        }

        Assert.True(overdue > 0 && lapsing > 0, "the demo has an overdue released lot and a certificate lapsing within 30 days");

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal((overdue, lapsing), first);
        Assert.Equal((0, 0), second);
        await using (var scope = factory.Scope(out var db))
        {
            Assert.False(await StoredLots.Of(db).AnyAsync(l => (l.Status == LotStatus.Released || l.Status == LotStatus.ConditionallyReleased) && l.ExpiresOn < today));
            var expiring = await db.OutboxMessages.Where(m => m.Type == EventTypes.CertificateExpiring).ToListAsync();
            Assert.Equal(lapsing, expiring.Count);
            Assert.All(expiring, m => Assert.InRange(JsonDocument.Parse(m.Data).RootElement.GetProperty("daysLeft").GetInt32(), 0, 30));
            Assert.Equal(overdue, await db.OutboxMessages.CountAsync(m => m.Type == EventTypes.LotStatusChanged && m.Data.Contains("\"to\":\"Expired\"")));
            foreach (var message in await db.OutboxMessages.ToListAsync())
            {
                EventSchemas.AssertMatches(message.Type, message.Data);
            }
        }
    }

    private async Task<(int, int)> RunAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ExpiryRun>().RunAsync(CancellationToken.None);
    }
}
