using AmConnector.Data;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.AuditTrail;

/// <summary>
/// Appends events to the hash chain inside the caller's transaction (ADR-006): lock the head row
/// first, read it, chain the events, add them to the context and move the head. The caller's
/// SaveChanges writes the events; its commit or rollback takes the head with it.
/// </summary>
internal static class AuditChain
{
    public static async Task AppendAsync(AmConnectorDbContext db, IReadOnlyList<AuditEvent> drafts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Taking the head row's lock first serialises appenders on both providers.
        await db.Database.ExecuteSqlRawAsync("UPDATE AuditChainHead SET LastSequence = LastSequence WHERE Id = 1", cancellationToken);
        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);

        var (sequence, previous) = (head.LastSequence, head.LastHash);
        foreach (var audit in drafts)
        {
            audit.Sequence = ++sequence;
            audit.OccurredAt = now;
            audit.PreviousHash = previous;
            audit.Hash = AuditCanonical.HashOf(audit);
            previous = audit.Hash;
            db.AuditEvents.Add(audit);
        }

        await db.Database.ExecuteSqlAsync($"UPDATE AuditChainHead SET LastSequence = {sequence}, LastHash = {previous} WHERE Id = 1", cancellationToken);
    }
}
