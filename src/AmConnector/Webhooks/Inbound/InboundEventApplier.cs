using System.Text;
using System.Text.Json;
using AmConnector.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// Applies one event inside the writer's batch transaction (ADR-015): its handler's changes, the
/// inbox row and the audit events are saved under the event's own savepoint, released when the
/// event is accepted and rolled back when it is refused or fails, so no other event of the batch
/// sees a trace of it. A repeat of an event accepted earlier (before, or in the same batch) gets
/// the first answer with 200 and changes nothing. An event stored earlier (ADR-020) is applied the
/// same way; its row is updated with the outcome or the refusal instead of being added.
/// </summary>
internal sealed class InboundEventApplier(AmConnectorDbContext db, IEnumerable<IInboundEventHandler> handlers, TimeProvider clock)
{
    public async Task<IResult> ApplyAsync(InboundSubmission submission, IDbContextTransaction transaction, string savepoint,
        Dictionary<(string Supplier, string Key), string> accepted)
    {
        var inbox = submission.Inbox;
        var code = inbox.SupplierCode;
        if (accepted.TryGetValue((code, "webhook-id:" + inbox.WebhookId), out var first) ||
            accepted.TryGetValue((code, "id:" + inbox.CloudEventId), out first))
        {
            return InboundRepeats.Answer(first);
        }

        await transaction.CreateSavepointAsync(savepoint);
        try
        {
            var answer = await HandleAsync(submission, stored: false);
            if (answer is not null)
            {
                await transaction.RollbackToSavepointAsync(savepoint);
                return answer;
            }

            await transaction.ReleaseSavepointAsync(savepoint);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            // The same event committed by an earlier batch after this request looked: answer as it was answered.
            await transaction.RollbackToSavepointAsync(savepoint);
            db.ChangeTracker.Clear();
            return await InboundRepeats.PreviousAnswerAsync(db, inbox.SupplierCode,
                    e => e.WebhookId == inbox.WebhookId || e.CloudEventId == inbox.CloudEventId, CancellationToken.None)
                ?? throw new InvalidOperationException("A unique violation on the inbox without a stored event.", exception);
        }
        catch
        {
            await transaction.RollbackToSavepointAsync(savepoint);
            throw;
        }
        finally
        {
            StartAfresh();
        }

        accepted[(code, "webhook-id:" + inbox.WebhookId)] = inbox.Outcome;
        accepted[(code, "id:" + inbox.CloudEventId)] = inbox.Outcome;
        return TypedResults.Content(inbox.Outcome, "application/json", Encoding.UTF8, StatusCodes.Status202Accepted);
    }

    /// <summary>
    /// Applies an event stored earlier, under its own savepoint: its change and its row as
    /// <see cref="InboundEventState.Applied"/>, or, refused, only its row as
    /// <see cref="InboundEventState.Refused"/> with the problem it would have been answered.
    /// An exception rolls the event back and is the caller's to count and retry.
    /// </summary>
    public async Task ApplyStoredAsync(InboundSubmission submission, IDbContextTransaction transaction, string savepoint)
    {
        await transaction.CreateSavepointAsync(savepoint);
        try
        {
            if (await HandleAsync(submission, stored: true) is ProblemHttpResult refusal)
            {
                await transaction.RollbackToSavepointAsync(savepoint);
                db.ChangeTracker.Clear();
                await SettleAsync(submission.Inbox, InboundEventState.Refused, refusal.ProblemDetails);
            }

            await transaction.ReleaseSavepointAsync(savepoint);
        }
        catch
        {
            await transaction.RollbackToSavepointAsync(savepoint);
            throw;
        }
        finally
        {
            StartAfresh();
        }
    }

    /// <summary>
    /// Each event starts from an empty change tracker and no audit cause: nothing of the previous one
    /// is detected, saved or attributed again.
    /// </summary>
    private void StartAfresh()
    {
        db.ChangeTracker.Clear();
        db.Audit.Reason = null;
        db.Audit.InboundEventId = null;
    }

    /// <summary>Records that a stored event will not be applied: refused, or failed on every attempt.</summary>
    public async Task SettleAsync(InboundEvent inbox, InboundEventState state, ProblemDetails problem)
    {
        db.ChangeTracker.Clear();
        // Updated only while still Pending (State is a concurrency token), whatever a failed attempt left in this object.
        db.InboundEvents.Attach(inbox).Property(e => e.State).OriginalValue = InboundEventState.Pending;
        inbox.State = state;
        inbox.OutcomeStatus = problem.Status ?? StatusCodes.Status500InternalServerError;
        inbox.Outcome = JsonSerializer.Serialize(problem, problem.GetType(), JsonSerializerOptions.Web);
        inbox.ProcessedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    /// <summary>The handler's changes and the inbox row, saved; or the refusal, with nothing saved.</summary>
    private async Task<IResult?> HandleAsync(InboundSubmission submission, bool stored)
    {
        var (inbox, envelope, supplier) = (submission.Inbox, submission.Envelope, submission.Supplier);
        // Everything this event changes is audited as caused by it, on behalf of the supplier.
        db.Audit.InboundEventId = inbox.Id.ToString();
        db.Audit.SystemActor = $"supplier:{supplier.Code}";
        db.Audit.SupplierCode = supplier.Code;
        var handler = handlers.Single(h => h.Type == envelope.Type);
        InboundResult result;
        try
        {
            result = await handler.HandleAsync(new InboundEventContext(db, supplier, envelope, inbox.ReceivedAt), CancellationToken.None);
        }
        catch (JsonException exception)
        {
            // Valid against the schema yet not representable (e.g. a number beyond decimal range).
            return InboundProblems.Fields(StatusCodes.Status400BadRequest, $"The data of {envelope.Type} cannot be read.",
                [(exception.Path is { } path ? "/data" + path.TrimStart('$').Replace('.', '/') : "/data", exception.Message)]);
        }

        if (!result.IsAccepted)
        {
            var errors = result.Errors!.Select(e => (e.Field, e.Message));
            return InboundProblems.Fields(result.Status, result.Title ?? "The event was refused.", submission.Astm is { } read ? read.Relocate(errors) : errors);
        }

        // A handler's own reason comes first; the sender's AmConnector-Reason header is the fallback, as for any write.
        db.Audit.Reason ??= submission.ReasonHeader;
        object outcome = new { inboundEventId = inbox.Id, type = inbox.Type, cloudEventId = inbox.CloudEventId, receivedAt = inbox.ReceivedAt, result = result.Details };
        if (submission.Astm is { } astm)
        {
            // What of the E3077 document was not read is part of the answer, and so of the evidence (ADR-014).
            outcome = new
            {
                inboundEventId = inbox.Id, type = inbox.Type, cloudEventId = inbox.CloudEventId, receivedAt = inbox.ReceivedAt, result = result.Details,
                astm = new { format = "ASTM E3077", ignoredElements = astm.Ignored },
            };
        }

        var answer = JsonSerializer.Serialize(outcome, InboundJson.Options);
        if (stored)
        {
            // Its row is there since it was stored: only the state and the outcome change.
            db.InboundEvents.Attach(inbox);
        }

        inbox.State = InboundEventState.Applied;
        inbox.Outcome = answer;
        inbox.OutcomeStatus = StatusCodes.Status202Accepted;
        inbox.ProcessedAt = clock.GetUtcNow();
        if (!stored)
        {
            db.InboundEvents.Add(inbox);
        }

        await db.SaveChangesAsync();
        return null;
    }
}
