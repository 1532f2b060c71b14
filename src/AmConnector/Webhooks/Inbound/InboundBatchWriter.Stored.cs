using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AmConnector.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// Acknowledge on store (ADR-020): a batch of verified events is stored as
/// <see cref="InboundEventState.Pending"/> with one save and one commit, each sender is answered 202
/// with the event's id, and the writer then applies the stored events oldest first, each under its own
/// savepoint, committing its outcome (applied, or refused with the problem) with its change.
/// </summary>
internal sealed partial class InboundBatchWriter
{
    /// <summary>Stores one batch and answers each sender; internal so a test can hand it an exact batch.</summary>
    internal async Task StoreAsync(List<InboundSubmission> batch)
    {
        if (backlog.Count >= Settings.MaxPendingEvents)
        {
            LogBacklogFull(logger, backlog.Count, batch.Count);
            batch.ForEach(s => s.Complete(BacklogFull()));
            return;
        }

        var answers = new List<(InboundSubmission Submission, IResult Answer)>(batch.Count);
        var stored = new List<InboundEvent>(batch.Count);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AmConnectorDbContext>();
            await db.Database.OpenConnectionAsync();
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync();
            // Where the first copy of each event is in answers; a later copy gets its answer once the batch is stored.
            var firsts = new Dictionary<(string Supplier, string Key), int>();
            var repeats = new List<(int Repeat, int First)>();
            foreach (var submission in batch)
            {
                var inbox = submission.Inbox;
                if (firsts.TryGetValue((inbox.SupplierCode, "webhook-id:" + inbox.WebhookId), out var first) ||
                    firsts.TryGetValue((inbox.SupplierCode, "id:" + inbox.CloudEventId), out first))
                {
                    repeats.Add((answers.Count, first));
                    answers.Add((submission, null!));
                    continue;
                }

                inbox.State = InboundEventState.Pending;
                inbox.OutcomeStatus = StatusCodes.Status202Accepted;
                inbox.Outcome = JsonSerializer.Serialize(
                    new { inboundEventId = inbox.Id, type = inbox.Type, cloudEventId = inbox.CloudEventId, receivedAt = inbox.ReceivedAt, state = inbox.State },
                    InboundJson.Options);
                firsts[(inbox.SupplierCode, "webhook-id:" + inbox.WebhookId)] = answers.Count;
                firsts[(inbox.SupplierCode, "id:" + inbox.CloudEventId)] = answers.Count;
                stored.Add(inbox);
                answers.Add((submission, TypedResults.Content(inbox.Outcome, "application/json", Encoding.UTF8, StatusCodes.Status202Accepted)));
            }

            await transaction.CreateSavepointAsync("batch");
            db.InboundEvents.AddRange(stored);
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
            {
                // An event stored by an earlier batch after its request looked: store the batch one by one.
                await transaction.RollbackToSavepointAsync("batch");
                db.ChangeTracker.Clear();
                await StoreOneByOneAsync(db, transaction, stored, answers);
            }

            foreach (var (repeat, first) in repeats)
            {
                // The first copy's answer as a repeat: 200 with what was stored, even when the first
                // copy itself turned out to repeat an event stored by an earlier batch.
                answers[repeat] = (answers[repeat].Submission, answers[first].Answer is ContentHttpResult { StatusCode: StatusCodes.Status202Accepted } stored202
                    ? InboundRepeats.Answer(stored202.ResponseContent!)
                    : answers[first].Answer);
            }

            await transaction.CommitAsync();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogBatchFailed(logger, exception, batch.Count);
            batch.ForEach(s => s.Complete(Unavailable("The event could not be stored; nothing of it was kept. Send it again.")));
            return;
        }

        stored.ForEach(e => backlog.Add(e.Id));
        foreach (var (submission, answer) in answers)
        {
            submission.Complete(answer);
        }
    }

    /// <summary>Each event under its own savepoint; a repeat of a stored event gets that event's answer instead.</summary>
    private static async Task StoreOneByOneAsync(
        AmConnectorDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction,
        List<InboundEvent> stored, List<(InboundSubmission Submission, IResult Answer)> answers)
    {
        foreach (var inbox in stored.ToList())
        {
            await transaction.CreateSavepointAsync("one");
            db.InboundEvents.Add(inbox);
            try
            {
                await db.SaveChangesAsync();
                await transaction.ReleaseSavepointAsync("one");
            }
            catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
            {
                await transaction.RollbackToSavepointAsync("one");
                stored.Remove(inbox);
                var previous = await InboundRepeats.PreviousAnswerAsync(db, inbox.SupplierCode,
                        e => e.WebhookId == inbox.WebhookId || e.CloudEventId == inbox.CloudEventId, CancellationToken.None)
                    ?? throw new InvalidOperationException("A unique violation on the inbox without a stored event.", exception);
                var index = answers.FindIndex(a => a.Submission.Inbox == inbox);
                answers[index] = (answers[index].Submission, previous);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// Applies stored events, oldest first, in one transaction: a whole batch when no sender waits,
    /// otherwise within <see cref="SupplierWebhookOptions.ApplyShareWhileReceiving"/>. An event that throws
    /// stops the batch (a later event of its supplier must not overtake it) and is tried again, until
    /// <see cref="SupplierWebhookOptions.MaxApplyAttempts"/>, when it is recorded as failed.
    /// </summary>
    internal async Task ApplyStoredAsync(CancellationToken stoppingToken)
    {
        stoppingToken.ThrowIfCancellationRequested();
        var started = Stopwatch.GetTimestamp();
        var settled = 0;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AmConnectorDbContext>();
            var apply = new InboundEventApplier(db, scope.ServiceProvider.GetServices<IInboundEventHandler>(), clock);
            await db.Database.OpenConnectionAsync(stoppingToken);
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(stoppingToken);
            var suppliers = new Dictionary<Guid, Suppliers.Supplier>();
            foreach (var id in backlog.Next(Settings.MaxBatchSize).ToList())
            {
                if (settled > 0 && queue.Reader.Count > 0 && !share.MayApply(Stopwatch.GetElapsedTime(started)))
                {
                    break;
                }

                if (!await ApplyOneAsync(db, apply, transaction, id, suppliers, $"stored{settled}"))
                {
                    break;
                }

                settled++;
            }

            await transaction.CommitAsync(CancellationToken.None);
            share.Applied(Stopwatch.GetElapsedTime(started));
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            // Nothing of the batch is committed: its events stay stored and pending, and are tried again.
            LogApplyBatchFailed(logger, exception, settled);
            await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
            return;
        }

        backlog.Settle(settled);
    }

    /// <summary>Applies one stored event; false when it threw and is to be tried again in a later batch.</summary>
    private async Task<bool> ApplyOneAsync(
        AmConnectorDbContext db, InboundEventApplier apply, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction,
        Guid id, Dictionary<Guid, Suppliers.Supplier> suppliers, string savepoint)
    {
        var inbox = await db.InboundEvents.AsNoTracking().SingleAsync(e => e.Id == id);
        if (inbox.State != InboundEventState.Pending)
        {
            return true;
        }

        if (!suppliers.TryGetValue(inbox.SupplierId, out var supplier))
        {
            supplier = suppliers[inbox.SupplierId] = await db.Suppliers.AsNoTracking().SingleAsync(s => s.Id == inbox.SupplierId);
        }

        if (supplier.Approval is Suppliers.SupplierApproval.Suspended or Suppliers.SupplierApproval.Disqualified)
        {
            // Suspended or disqualified since the event was stored: nothing is applied on its behalf (as on receipt).
            await apply.SettleAsync(inbox, InboundEventState.Refused, new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "The supplier may not publish.",
                Detail = $"Supplier {supplier.Code} became {supplier.Approval} before the event was applied; it was not applied.",
            });
            return true;
        }

        var previous = Activity.Current;
        InboundSubmission? submission = null;
        try
        {
            submission = StoredInboundEvent.Read(inbox, supplier);
            await apply.ApplyStoredAsync(submission, transaction, savepoint);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Its row was no longer Pending (State is a concurrency token): another writer settled it. Never applied twice.
            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var attempts = backlog.FailedAttempt(id);
            LogApplyFailed(logger, exception, id, attempts);
            if (attempts < Settings.MaxApplyAttempts)
            {
                // 1×, 5×, 25×… the first delay: a passing fault passes; a lasting one fails the event in minutes, not at once.
                backlog.HoldUntil(clock.GetUtcNow() + Settings.ApplyRetryDelay * Math.Pow(5, attempts - 1));
                return false;
            }

            // Given up on: recorded with a 500 problem, so it no longer holds back the events behind it.
            await apply.SettleAsync(inbox, InboundEventState.Failed, new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "The event could not be applied.",
                Detail = string.Create(CultureInfo.InvariantCulture,
                    $"Applying the stored event failed {attempts} times; the site's operators have the error in their log. Nothing of it was applied."),
            });
            return true;
        }
        finally
        {
            submission?.Activity?.Dispose();
            Activity.Current = previous;
        }
    }

    /// <summary>
    /// After a start: the stored events not yet applied, oldest first (ADR-020: a crash loses no
    /// accepted event). Tried every 5 s until it succeeds, answering waiting senders 503 meanwhile: a
    /// writer that died or waited here would leave every sender waiting, in either mode.
    /// </summary>
    private async Task RecoverBacklogAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await ReadBacklogAsync(stoppingToken);
                return;
            }
            catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
            {
                LogRecoveryFailed(logger, exception);
                // Nothing can be stored or applied in order meanwhile: senders hear 503 and retry, rather than wait.
                while (queue.Reader.TryRead(out var waiting))
                {
                    waiting.Complete(Unavailable("AmConnector cannot read its stored events yet; nothing of this one was kept. Send it again."));
                }

                await Task.Delay(TimeSpan.FromSeconds(5), clock, stoppingToken);
            }
        }
    }

    private async Task ReadBacklogAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmConnectorDbContext>();
        var waiting = await db.InboundEvents.AsNoTracking().Where(e => e.State == InboundEventState.Pending)
            .OrderBy(e => e.ReceivedAt).ThenBy(e => e.Id).Select(e => e.Id).ToListAsync(stoppingToken);
        backlog.Clear();
        waiting.ForEach(backlog.Add);
        if (waiting.Count > 0)
        {
            LogBacklogRecovered(logger, waiting.Count);
        }
    }

    private static RetryAfterResult BacklogFull() => new(
        InboundProblems.Status(StatusCodes.Status503ServiceUnavailable, "Too many events wait to be applied.",
            "AmConnector has stored as many of suppliers' events as it may hold unapplied; nothing of this one was kept. Send it again later."),
        TimeSpan.FromSeconds(30));

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} stored inbound events wait to be applied; a batch of {Refused} was answered 503.")]
    private static partial void LogBacklogFull(ILogger logger, int count, int refused);

    [LoggerMessage(Level = LogLevel.Error, Message = "Applying stored inbound events failed after {Settled} of the batch; they stay pending and are tried again.")]
    private static partial void LogApplyBatchFailed(ILogger logger, Exception exception, int settled);

    [LoggerMessage(Level = LogLevel.Error, Message = "Applying stored inbound event {InboundEventId} failed (attempt {Attempts}).")]
    private static partial void LogApplyFailed(ILogger logger, Exception exception, Guid inboundEventId, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the stored inbound events not yet applied failed; tried again in 5 s. Suppliers' events wait meanwhile.")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} stored inbound events were not yet applied at start; they are applied first, oldest first.")]
    private static partial void LogBacklogRecovered(ILogger logger, int count);
}
