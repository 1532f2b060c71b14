using System.Linq.Expressions;
using System.Text;
using AmConnector.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// A repeat of an accepted event (same <c>webhook-id</c> or CloudEvent <c>id</c> from the same supplier)
/// gets the answer given the first time, now with 200, and changes nothing (ADR-008). Used by the
/// receiver before it queues and by the writer when a repeat meets the unique index or its batch. A
/// stored event refused later is answered with its refusal.
/// </summary>
internal static class InboundRepeats
{
    public static async Task<IResult?> PreviousAnswerAsync(
        AmConnectorDbContext db, string supplierCode, Expression<Func<InboundEvent, bool>> same, CancellationToken cancellationToken)
    {
        var previous = await db.InboundEvents.AsNoTracking().Where(e => e.SupplierCode == supplierCode).Where(same)
            .Select(e => new { e.Outcome, e.OutcomeStatus, e.State }).FirstOrDefaultAsync(cancellationToken);
        return previous switch
        {
            null => null,
            // Stored, then refused (ADR-020): the repeat gets the refusal, as a repeat gets an acceptance.
            { State: InboundEventState.Refused or InboundEventState.Failed } =>
                TypedResults.Content(previous.Outcome, "application/problem+json", Encoding.UTF8, previous.OutcomeStatus),
            _ => Answer(previous.Outcome),
        };
    }

    public static ContentHttpResult Answer(string outcome) => TypedResults.Content(outcome, "application/json", Encoding.UTF8, StatusCodes.Status200OK);
}
