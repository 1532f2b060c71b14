using AmConnector.AuditTrail;
using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Data;

/// <summary>
/// The AuditHistoryBackFill migration links the events written before the link columns existed, and
/// leaves the append-only triggers in place. Replayed here on a database whose links were erased.
/// </summary>
public sealed class AuditHistoryBackFillTests : IAsyncLifetime
{
    private readonly AmConnectorFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_back_fill_links_existing_events_to_their_records_and_the_audit_trail_stays_append_only()
    {
        _ = _factory.Server; // started: migrated and seeded
        await using var scope = _factory.Scope(out var db);
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER AuditEvents_AppendOnly_NoUpdate");
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE AuditEvents SET SupplierId = NULL, MaterialId = NULL, LotId = NULL, CertificateId = NULL, RiskAssessmentId = NULL, QualificationId = NULL, ChangeNoticeId = NULL");
        await db.Database.ExecuteSqlRawAsync("DELETE FROM __EFMigrationsHistory WHERE MigrationId LIKE '%_AuditHistoryBackFill'");
        Assert.False(await db.AuditEvents.AnyAsync(e => e.LotId != null));

        await db.Database.MigrateAsync();

        var events = await db.AuditEvents.AsNoTracking().IgnoreQueryFilters().ToListAsync();
        foreach (var type in new[] { "Supplier", "Material", "Lot", "Certificate", "RiskAssessment", "Qualification", "ChangeNotice" })
        {
            Assert.Contains(events, e => e.EntityType == type);
        }

        Assert.All(events, e => Assert.True(AuditHistoryLinks.Matches(e), $"event {e.Sequence} ({e.EntityType} {e.EntityKey})"));
        var update = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("UPDATE AuditEvents SET Reason = 'x' WHERE Sequence = 1"));
        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEvents WHERE Sequence = 1"));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
