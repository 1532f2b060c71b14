using AmConnector.Data;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.AuditTrail;

/// <summary>
/// Walks the whole chain in sequence order, streaming (never the whole table in memory), and
/// recomputes every hash: an edited, removed, inserted or reordered event breaks it at its sequence.
/// </summary>
internal sealed class AuditTrailVerifier(AmConnectorDbContext db)
{
    public async Task<AuditTrailVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var expectedPrevious = AuditChainHead.Genesis;
        long expectedSequence = 1, checkedCount = 0;
        await foreach (var e in db.AuditEvents.AsNoTracking().IgnoreQueryFilters().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            checkedCount++;
            var broken =
                e.Sequence != expectedSequence ? $"sequence {expectedSequence} is missing; the next event is {e.Sequence}." :
                e.PreviousHash != expectedPrevious ? "its previous hash does not match the hash of the event before it." :
                AuditCanonical.HashOf(e) != e.Hash ? "its content does not match its hash: it was changed after it was written." :
                // The links are not hashed (ADR-012); they must say what the hashed EntityType and EntityKey say.
                !AuditHistoryLinks.Matches(e) ? "its link to a record does not match its EntityType and EntityKey: it was changed after it was written." :
                null;
            if (broken is not null)
            {
                return new AuditTrailVerification { Intact = false, EventsChecked = checkedCount, FirstBrokenSequence = expectedSequence, Reason = $"Event {expectedSequence}: {broken}" };
            }

            expectedPrevious = e.Hash;
            expectedSequence++;
        }

        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleAsync(cancellationToken);
        return head.LastSequence != expectedSequence - 1 || head.LastHash != expectedPrevious
            ? new AuditTrailVerification
            {
                Intact = false, EventsChecked = checkedCount, FirstBrokenSequence = expectedSequence,
                Reason = $"The chain ends at event {expectedSequence - 1}, but its head records event {head.LastSequence}: events were removed from the end.",
            }
            : new AuditTrailVerification { Intact = true, EventsChecked = checkedCount };
    }
}
