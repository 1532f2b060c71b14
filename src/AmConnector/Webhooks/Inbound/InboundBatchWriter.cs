using System.Diagnostics;
using AmConnector.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// The single writer of suppliers' events (group commit, ADR-015): takes every event waiting (up to
/// <see cref="SupplierWebhookOptions.MaxBatchSize"/>), applies each under its own savepoint in ONE
/// transaction, commits once, and only then answers each request with its own answer. An event that
/// is refused or fails rolls back to its savepoint and is answered alone; a failed commit answers
/// every event of the batch with 503 and none with 202 (accepted means durable).
/// With <see cref="InboundAcknowledgement.OnStore"/> (ADR-020) it stores each batch instead, answers
/// 202 once stored, and applies the stored events in order between batches
/// (<c>InboundBatchWriter.Stored.cs</c>). Either way it is the only writer of suppliers' webhook
/// events in this process, so stored events and events applied on receipt never overtake each other.
/// (A QA user's upload of an ASTM CoA file is applied by its own request, as any API write.)
/// </summary>
internal sealed partial class InboundBatchWriter(
    InboundCommitQueue queue, InboundBacklog backlog, IServiceScopeFactory scopes, TimeProvider clock,
    IOptions<AmConnectorOptions> options, ILogger<InboundBatchWriter> logger) : BackgroundService
{
    private readonly ApplyTimeShare share = new(options.Value.SupplierWebhooks.ApplyShareWhileReceiving, clock);

    private SupplierWebhookOptions Settings => options.Value.SupplierWebhooks;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<InboundSubmission>(Settings.MaxBatchSize);
        try
        {
            await RecoverBacklogAsync(stoppingToken);
            while (backlog.Count > 0 && Settings.Acknowledge == InboundAcknowledgement.OnApply)
            {
                // Stored before a switch to OnApply: applied first, or a later event could overtake them.
                await WaitUntilDueAsync(backlog.DueIn(clock.GetUtcNow()), stoppingToken);
                await ApplyStoredAsync(stoppingToken);
            }

            while (await NextTurnAsync(stoppingToken))
            {
                while (batch.Count < Settings.MaxBatchSize && queue.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }

                if (batch.Count > 0)
                {
                    var started = Stopwatch.GetTimestamp();
                    await (Settings.Acknowledge == InboundAcknowledgement.OnStore ? StoreAsync(batch) : WriteAsync(batch));
                    share.Stored(Stopwatch.GetElapsedTime(started));
                    batch.Clear();
                }

                if (backlog.DueIn(clock.GetUtcNow()) == TimeSpan.Zero && (queue.Reader.Count == 0 || share.MayApply(TimeSpan.Zero)))
                {
                    await ApplyStoredAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued was never applied; its senders hear 503 and retry.
            queue.Complete();
            while (queue.Reader.TryRead(out var left))
            {
                batch.Add(left);
            }

            batch.ForEach(s => s.Complete(Unavailable("AmConnector is stopping.")));
        }
    }

    /// <summary>
    /// Waits for work: a sender's event, or the oldest stored event becoming due. False once the
    /// queue is closed and nothing stored is left.
    /// </summary>
    private async Task<bool> NextTurnAsync(CancellationToken stoppingToken)
    {
        var due = backlog.DueIn(clock.GetUtcNow());
        if (due == TimeSpan.Zero || queue.Reader.Count > 0)
        {
            return true;
        }

        if (due is null)
        {
            return await queue.Reader.WaitToReadAsync(stoppingToken);
        }

        // A stored event waits for its retry: wake for senders meanwhile, or when it is due.
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var senders = queue.Reader.WaitToReadAsync(either.Token).AsTask();
        await Task.WhenAny(senders, Task.Delay(due.Value, clock, either.Token));
        await either.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
        if (senders.IsCompletedSuccessfully && !senders.Result)
        {
            // No more senders (stopping): only the stored event's retry is left to wait for.
            await WaitUntilDueAsync(backlog.DueIn(clock.GetUtcNow()), stoppingToken);
        }

        return true;
    }

    private async Task WaitUntilDueAsync(TimeSpan? due, CancellationToken stoppingToken)
    {
        if (due is { } wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, stoppingToken);
        }
    }

    /// <summary>Applies one batch and answers each of its events; internal so a test can hand it an exact batch.</summary>
    internal async Task WriteAsync(List<InboundSubmission> batch)
    {
        var answers = new List<(InboundSubmission Submission, IResult Answer)>(batch.Count);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AmConnectorDbContext>();
            var apply = new InboundEventApplier(db, scope.ServiceProvider.GetServices<IInboundEventHandler>(), clock);
            // One connection and one transaction for the batch; the per-event savepoints are ours, so
            // EF's own savepoint around each SaveChanges would only add statements.
            await db.Database.OpenConnectionAsync();
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync();
            var accepted = new Dictionary<(string Supplier, string Key), string>();
            for (var i = 0; i < batch.Count; i++)
            {
                var submission = batch[i];
                var previous = Activity.Current;
                Activity.Current = submission.Activity;
                try
                {
                    answers.Add((submission, await apply.ApplyAsync(submission, transaction, $"event{i}", accepted)));
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    // This event alone failed (its savepoint is rolled back): it gets the error, the others go on.
                    submission.Fail(exception);
                }
                finally
                {
                    Activity.Current = previous;
                }
            }

            await transaction.CommitAsync();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogBatchFailed(logger, exception, batch.Count);
            foreach (var submission in batch)
            {
                submission.Complete(Unavailable("The event could not be stored; nothing of it was kept. Send it again."));
            }

            return;
        }

        foreach (var (submission, answer) in answers)
        {
            submission.Complete(answer);
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Unavailable(string detail) =>
        InboundProblems.Status(StatusCodes.Status503ServiceUnavailable, "The event was not stored.", detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} inbound events failed to commit; every sender was answered 503.")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);
}
