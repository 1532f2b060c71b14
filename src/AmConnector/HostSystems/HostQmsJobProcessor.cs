using System.Diagnostics;
using System.Text.Json;
using AmConnector.Data;
using AmConnector.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmConnector.HostSystems;

/// <summary>
/// Carries out one claimed job: calls the host with the job's Idempotency-Key and stores what came
/// of it, with the result in the master data (a notice's change-control reference) in the same save.
/// </summary>
internal sealed partial class HostQmsJobProcessor(
    AmConnectorDbContext db, IHostQmsApi api, TimeProvider clock, IOptionsMonitor<AmConnectorOptions> options, HostQmsMetrics metrics, ILogger<HostQmsJobProcessor> logger)
{
    public const string Actor = "system:host-qms";

    public async Task ProcessAsync(Guid jobId, string owner, CancellationToken cancellationToken)
    {
        // The host call (the Refit client's HTTP span) and the database work are this span's children.
        using var activity = AmConnectorTelemetry.Source.StartActivity(TelemetryTags.HostQmsSpan);
        activity?.SetTag(TelemetryTags.JobId, jobId.ToString("D"));
        db.Audit.SystemActor = Actor;
        var job = await db.HostQmsJobs.SingleOrDefaultAsync(j => j.Id == jobId && j.LeaseOwner == owner, cancellationToken);
        if (job is null)
        {
            activity?.SetTag(TelemetryTags.Outcome, "lease_lost");
            return;
        }

        activity?.SetTag(TelemetryTags.JobKind, job.Kind.ToString()).SetTag(TelemetryTags.Attempt, job.Attempts + 1);

        HostQmsOutcome outcome;
        try
        {
            outcome = await CallAsync(job, cancellationToken);
        }
        catch (JsonException ex)
        {
            outcome = new HostQmsOutcome.Failed($"The job's payload is not readable: {ex.Message}");
        }

        var outcomeName = outcome switch
        {
            HostQmsOutcome.Done => "done",
            HostQmsOutcome.Retry => "retry",
            HostQmsOutcome.Wait => "wait",
            _ => "failed",
        };
        activity?.SetTag(TelemetryTags.Outcome, outcomeName);
        if (outcome is HostQmsOutcome.Retry or HostQmsOutcome.Failed)
        {
            activity?.SetStatus(ActivityStatusCode.Error, outcomeName);
        }

        if (outcome is not HostQmsOutcome.Wait)
        {
            metrics.Called(job.Kind, outcomeName);
        }

        await ApplyAsync(job, outcome, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The notice changed under us, or another instance took the job after our lease ran out.
            // The host call is safe to repeat (same Idempotency-Key), so the job is simply tried again soon.
            db.ChangeTracker.Clear();
            var now = clock.GetUtcNow();
            await db.HostQmsJobs.Where(j => j.Id == jobId && j.LeaseOwner == owner && j.Status == HostQmsJobStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.NextAttemptAt, now).SetProperty(j => j.LeaseUntil, (DateTimeOffset?)null).SetProperty(j => j.LeaseOwner, (string?)null), cancellationToken);
            LogConflict(logger, job.Id, job.Kind);
        }
    }

    private Task<HostQmsOutcome> CallAsync(HostQmsJob job, CancellationToken cancellationToken) => job.Kind switch
    {
        HostQmsJobKind.OpenChangeControl => OpenChangeControlAsync(job, cancellationToken),
        HostQmsJobKind.PlaceLotHold => PlaceLotHoldAsync(job, cancellationToken),
        HostQmsJobKind.ReleaseLotHold => ReleaseLotHoldAsync(job, cancellationToken),
        _ => Task.FromResult<HostQmsOutcome>(new HostQmsOutcome.Failed($"Unknown job kind {job.Kind}.")),
    };

    private Task<HostQmsOutcome> OpenChangeControlAsync(HostQmsJob job, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize(job.Payload, HostQmsJsonContext.Default.ChangeControlRequest)
            ?? throw new JsonException("empty payload");
        return HostQmsCall.SendAsync(
            () => api.CreateChangeControlAsync(job.IdempotencyKey, request, cancellationToken), c => (c.Reference, c.Status), clock, cancellationToken);
    }

    private Task<HostQmsOutcome> PlaceLotHoldAsync(HostQmsJob job, CancellationToken cancellationToken)
    {
        var payload = HoldPayload(job);
        var request = new LotHoldRequest { Reason = payload.Reason, HoldId = job.LotHoldId, SourceReference = payload.SourceReference };
        return HostQmsCall.SendAsync(
            () => api.PlaceLotHoldAsync(payload.SupplierCode, payload.CatalogueNumber, payload.LotNumber, job.IdempotencyKey, request, cancellationToken),
            h => (h.Reference, h.Status), clock, cancellationToken);
    }

    private async Task<HostQmsOutcome> ReleaseLotHoldAsync(HostQmsJob job, CancellationToken cancellationToken)
    {
        var payload = HoldPayload(job);
        var holdReference = payload.HoldReference;
        if (string.IsNullOrWhiteSpace(holdReference))
        {
            var placed = await db.HostQmsJobs.AsNoTracking()
                .Where(j => j.Kind == HostQmsJobKind.PlaceLotHold && j.LotId == job.LotId && j.LotHoldId == job.LotHoldId && j.Id != job.Id)
                .OrderByDescending(j => j.CreatedAt).FirstOrDefaultAsync(cancellationToken);
            switch (placed)
            {
                case null:
                    return new HostQmsOutcome.Failed("No hold was requested in the host QMS for this hold, so there is none to release.");
                case { Status: HostQmsJobStatus.Failed }:
                    return new HostQmsOutcome.Failed($"The hold was never placed in the host QMS: {placed.LastError}");
                case { Status: HostQmsJobStatus.Pending }:
                    var settings = options.CurrentValue.HostQms;
                    var earliest = clock.GetUtcNow() + settings.FirstBackoff;
                    return new HostQmsOutcome.Wait(placed.NextAttemptAt > earliest ? placed.NextAttemptAt : earliest);
                default:
                    holdReference = placed.Reference!;
                    break;
            }
        }

        var request = new LotHoldReleaseRequest(payload.Reason);
        return await HostQmsCall.SendAsync(
            () => api.ReleaseLotHoldAsync(payload.SupplierCode, payload.CatalogueNumber, payload.LotNumber, holdReference, job.IdempotencyKey, request, cancellationToken),
            h => (h.Reference, h.Status), clock, cancellationToken);
    }

    private static LotHoldJobPayload HoldPayload(HostQmsJob job) =>
        JsonSerializer.Deserialize(job.Payload, HostQmsJsonContext.Default.LotHoldJobPayload) ?? throw new JsonException("empty payload");

    private async Task ApplyAsync(HostQmsJob job, HostQmsOutcome outcome, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settings = options.CurrentValue.HostQms;
        job.LeaseUntil = null;
        job.LeaseOwner = null;
        switch (outcome)
        {
            case HostQmsOutcome.Done done:
                job.Attempts++;
                job.Status = HostQmsJobStatus.Done;
                job.Reference = done.Reference;
                job.ResultStatus = done.Status;
                job.CompletedAt = now;
                job.LastError = null;
                await RecordResultAsync(job, done, cancellationToken);
                LogDone(logger, job.Id, job.Kind, done.Reference, job.Attempts);
                break;
            case HostQmsOutcome.Retry retry:
                job.Attempts++;
                job.LastError = retry.Error;
                job.NextAttemptAt = Later(now + HostQmsBackoff.After(job.Attempts, settings), retry.NotBefore);
                LogRetry(logger, job.Id, job.Kind, job.Attempts, job.NextAttemptAt, retry.Error);
                break;
            case HostQmsOutcome.Failed failed:
                job.Attempts++;
                job.Status = HostQmsJobStatus.Failed;
                job.LastError = failed.Error;
                job.CompletedAt = now;
                LogFailed(logger, job.Id, job.Kind, failed.Error);
                break;
            case HostQmsOutcome.Wait wait:
                job.NextAttemptAt = wait.Until;
                break;
        }
    }

    /// <summary>A change control's reference goes onto the notice, audited as the host-QMS job's doing.</summary>
    private async Task RecordResultAsync(HostQmsJob job, HostQmsOutcome.Done done, CancellationToken cancellationToken)
    {
        if (job.Kind != HostQmsJobKind.OpenChangeControl || job.ChangeNoticeId is not { } noticeId)
        {
            return;
        }

        var notice = await db.ChangeNotices.SingleOrDefaultAsync(n => n.Id == noticeId, cancellationToken);
        if (notice is null || notice.Assessment.HostChangeControlReference == done.Reference)
        {
            return;
        }

        notice.Assessment.HostChangeControlReference = done.Reference;
        db.Audit.Reason = $"The host QMS opened change control {done.Reference} for the decision on this notice.";
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset? b) => b is { } other && other > a ? other : a;

    [LoggerMessage(Level = LogLevel.Information, Message = "Host QMS job {JobId} ({Kind}) done: {Reference}, after {Attempts} tries")]
    private static partial void LogDone(ILogger logger, Guid jobId, HostQmsJobKind kind, string reference, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Host QMS job {JobId} ({Kind}) try {Attempts} failed; next try at {NextAttemptAt}: {Error}")]
    private static partial void LogRetry(ILogger logger, Guid jobId, HostQmsJobKind kind, int attempts, DateTimeOffset nextAttemptAt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Host QMS job {JobId} ({Kind}) refused by the host, not tried again: {Error}")]
    private static partial void LogFailed(ILogger logger, Guid jobId, HostQmsJobKind kind, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Host QMS job {JobId} ({Kind}): its record changed meanwhile; tried again on the next pass")]
    private static partial void LogConflict(ILogger logger, Guid jobId, HostQmsJobKind kind);
}
