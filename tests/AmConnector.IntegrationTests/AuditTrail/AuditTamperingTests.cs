using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.AuditTrail;

/// <summary>Tampering past the triggers (by someone who can drop them) is found by VerifyAuditTrail at the right event.</summary>
public sealed class AuditTamperingTests : IAsyncLifetime
{
    private readonly AmConnectorFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_forged_event_is_found_at_its_sequence_number()
    {
        using var auditor = _factory.CreateClientFor(TestClients.OnlyScope(AmConnector.Security.Scopes.ReadAudit));
        var before = await VerifyAsync(auditor);
        Assert.True(before.GetProperty("Intact").GetBoolean());
        var total = before.GetProperty("EventsChecked").GetInt64();
        var forged = total / 2;

        await using (var scope = _factory.Scope(out var db))
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER AuditEvents_AppendOnly_NoUpdate");
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEvents SET Reason = 'rewritten history' WHERE Sequence = {forged}");
        }

        var after = await VerifyAsync(auditor);

        Assert.False(after.GetProperty("Intact").GetBoolean());
        Assert.Equal(forged, after.GetProperty("FirstBrokenSequence").GetInt64());
        Assert.Contains("changed after it was written", after.GetProperty("Reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_moved_into_another_records_AuditHistory_is_found_although_its_hash_still_matches()
    {
        using var auditor = _factory.CreateClientFor(TestClients.OnlyScope(AmConnector.Security.Scopes.ReadAudit));
        Assert.True((await VerifyAsync(auditor)).GetProperty("Intact").GetBoolean());

        long moved;
        await using (var scope = _factory.Scope(out var db))
        {
            var lots = await db.Lots.Select(l => l.Id).Take(2).ToListAsync();
            moved = await db.AuditEvents.Where(e => e.LotId == lots[0]).Select(e => e.Sequence).FirstAsync();
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER AuditEvents_AppendOnly_NoUpdate");
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEvents SET LotId = {lots[1].ToString().ToUpperInvariant()} WHERE Sequence = {moved}");
        }

        var after = await VerifyAsync(auditor);

        Assert.False(after.GetProperty("Intact").GetBoolean());
        Assert.Equal(moved, after.GetProperty("FirstBrokenSequence").GetInt64());
        Assert.Contains("link to a record", after.GetProperty("Reason").GetString(), StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static async Task<System.Text.Json.JsonElement> VerifyAsync(HttpClient client) =>
        await (await client.PostAsync(new Uri("/odata/VerifyAuditTrail", UriKind.Relative), null)).ReadJsonAsync();
}
