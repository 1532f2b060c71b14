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
        return previous is null ? null : Replay(previous.Outcome, previous.OutcomeStatus, previous.State);
    }

    /// <summary>Stored, then refused (ADR-020): the repeat gets the refusal, as a repeat gets an acceptance.</summary>
    private static ContentHttpResult Replay(string outcome, int status, InboundEventState state) => state is InboundEventState.Refused or InboundEventState.Failed
        ? TypedResults.Content(outcome, "application/problem+json", Encoding.UTF8, status)
        : Answer(outcome);

    /// <summary>
    /// Both repeat look-ups in one query: the event with this <c>webhook-id</c> or, failing that, with
    /// this CloudEvent id. Each side of the OR is a whole unique index; SQLite's plan is a
    /// MULTI-INDEX OR over the two, so it costs two index searches, not a scan of the inbox.
    /// </summary>
    public static async Task<IResult?> PreviousAnswerAsync(
        AmConnectorDbContext db, string supplierCode, string webhookId, string cloudEventId, CancellationToken cancellationToken)
    {
        var previous = await db.InboundEvents.AsNoTracking()
            .Where(e => (e.SupplierCode == supplierCode && e.WebhookId == webhookId) || (e.SupplierCode == supplierCode && e.CloudEventId == cloudEventId))
            .Select(e => new { e.Outcome, e.OutcomeStatus, e.State, SameWebhookId = e.WebhookId == webhookId })
            .ToListAsync(cancellationToken);
        return previous.OrderByDescending(e => e.SameWebhookId).FirstOrDefault() is { } first ? Replay(first.Outcome, first.OutcomeStatus, first.State) : null;
    }

    public static ContentHttpResult Answer(string outcome) => TypedResults.Content(outcome, "application/json", Encoding.UTF8, StatusCodes.Status200OK);
}
