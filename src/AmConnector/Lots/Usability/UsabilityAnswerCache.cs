using Microsoft.Extensions.Options;

namespace AmConnector.Lots.Usability;

/// <summary>
/// Verdicts already given, kept for as long as nothing they rest on can have changed (P1 in
/// docs/performance.md). Every write to the AM data appends to the audit chain and moves its head
/// row in the same transaction (ADR-006), on whichever instance it happens, so the committed head is
/// a version stamp of the whole data set. The rules read no clock but the UTC day. An answer
/// computed after reading head <c>H</c> on day <c>D</c> is therefore current for every request that
/// reads the same head on the same day, and never served once either has moved.
/// </summary>
/// <remarks>
/// One generation of answers per (head, day): any write empties the cache at once rather than
/// working out which lots it touched. Writes are rare beside the LIMS's questions, and a whole-set
/// stamp cannot miss a dependency (a supplier's suspension, a certificate covering many lots, a
/// notice naming a material). The stamp carries the head's hash as well as its sequence, so a
/// database restored under a running instance, whose chain reaches the same sequence with other
/// events, is not mistaken for the one the answers came from.
/// </remarks>
internal sealed class UsabilityAnswerCache(IOptions<AmConnectorOptions> options)
{
    private UsabilityAnswers current = new(new AuditTrail.AuditHeadStamp(long.MinValue, ""), DateOnly.MinValue, 0);

    /// <summary>
    /// The answers valid at this head and day. A request that read an older head than the newest
    /// seen gets answers of its own that no other request shares: what it computes may rest on
    /// data older than the newest stamp, so it must not be served under it. So does one whose head
    /// is unknown (<see cref="AuditTrail.AuditHeadReader"/>), and a supplier's.
    /// </summary>
    public UsabilityAnswers For(AuditTrail.AuditHeadStamp? stamp, DateOnly day)
    {
        if (stamp is not { } head)
        {
            return Uncached(day);
        }

        var limit = options.Value.Usability.CachedAnswers;
        while (true)
        {
            var known = Volatile.Read(ref current);
            if (known.Head == head && known.Day == day)
            {
                return known;
            }

            var fresh = new UsabilityAnswers(head, day, limit);
            var forward = head.Sequence > known.Head.Sequence ||
                (head.Sequence == known.Head.Sequence && (head != known.Head || day > known.Day));
            if (!forward || limit == 0)
            {
                return fresh;
            }

            if (ReferenceEquals(Interlocked.CompareExchange(ref current, fresh, known), known))
            {
                return fresh;
            }
        }
    }

    /// <summary>Answers for one request that keep nothing.</summary>
    public static UsabilityAnswers Uncached(DateOnly day) => new(new AuditTrail.AuditHeadStamp(long.MinValue, ""), day, 0);
}
