using System.Text.Json;
using AmConnector.ChangeNotices;
using AmConnector.Data;
using AmConnector.Lots;
using Microsoft.Extensions.Options;

namespace AmConnector.HostSystems;

/// <summary>
/// Queues calls to the host QMS by adding a <see cref="HostQmsJob"/> to the caller's change set; it
/// never saves. The job therefore commits, or rolls back, with the decision that causes it, and
/// <see cref="HostQmsJobWorker"/> carries it out after the commit. When no host QMS is configured
/// (<c>AmConnector:HostQms:Enabled</c> false or no <c>BaseUrl</c>) every method adds nothing and
/// returns null: the site keeps its change controls by hand.
/// </summary>
internal sealed class HostQmsJobWriter(TimeProvider clock, IOptionsMonitor<AmConnectorOptions> options, HostQmsSignal signal)
{
    /// <summary>
    /// A change control for <paramref name="notice"/>'s decision. The body is fixed now from the
    /// notice's current fields (supplier, reference, version, title, area, level, affected
    /// catalogue numbers, decision, impact, actions); the host's reference is written to
    /// <c>Assessment.HostChangeControlReference</c> when the host answers.
    /// </summary>
    public HostQmsJob? RequestChangeControl(AmConnectorDbContext db, ChangeNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (!Active(out var settings))
        {
            return null;
        }

        var request = new ChangeControlRequest
        {
            NoticeId = notice.Id,
            NoticeReference = notice.SupplierReference,
            NoticeVersion = notice.Version,
            SupplierCode = notice.SupplierCode,
            Title = notice.Title,
            Level = notice.Level.ToString(),
            Area = notice.Area.ToString(),
            AffectedCatalogueNumbers = [.. notice.AffectedCatalogueNumbers],
            Decision = notice.Assessment.Decision,
            Impact = notice.Assessment.Impact,
            Actions = notice.Assessment.ChosenActions.Count > 0 ? string.Join(", ", notice.Assessment.ChosenActions) : notice.Assessment.Actions,
            Url = NoticeUrl(settings, notice.Id),
            Links = [.. notice.SupportingDocuments.Where(d => d.Uri is not null).Select(d => new HostLink(d.Title, d.Uri!.ToString()))],
        };
        return Add(db, HostQmsJobKind.OpenChangeControl, JsonSerializer.Serialize(request, HostQmsJsonContext.Default.ChangeControlRequest),
            job => job.ChangeNoticeId = notice.Id);
    }

    /// <summary>A hold on <paramref name="lot"/> in the host QMS; <paramref name="hold"/> is AmConnector's own hold it mirrors, if any.</summary>
    public HostQmsJob? RequestLotHold(AmConnectorDbContext db, Lot lot, string reason, LotHold? hold = null)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (!Active(out _))
        {
            return null;
        }

        var payload = Payload(lot, reason, hold?.SourceReference, holdReference: null);
        return Add(db, HostQmsJobKind.PlaceLotHold, payload, job => (job.LotId, job.LotHoldId) = (lot.Id, hold?.Id));
    }

    /// <summary>
    /// Releases the host's hold on <paramref name="lot"/> that mirrors AmConnector's <paramref name="hold"/>
    /// (placed by <see cref="RequestLotHold"/>), or the host hold <paramref name="holdReference"/> when
    /// the host's reference is known. A release queued before its hold was placed waits for it.
    /// </summary>
    public HostQmsJob? RequestLotHoldRelease(AmConnectorDbContext db, Lot lot, string reason, LotHold? hold = null, string? holdReference = null)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (hold is null && string.IsNullOrWhiteSpace(holdReference))
        {
            throw new ArgumentException("Name the hold to release: AmConnector's hold or the host's hold reference.", nameof(hold));
        }

        if (!Active(out _))
        {
            return null;
        }

        var payload = Payload(lot, reason, hold?.SourceReference, holdReference);
        return Add(db, HostQmsJobKind.ReleaseLotHold, payload, job => (job.LotId, job.LotHoldId) = (lot.Id, hold?.Id));
    }

    private bool Active(out HostQmsOptions settings)
    {
        settings = options.CurrentValue.HostQms;
        return settings.IsActive;
    }

    private HostQmsJob Add(AmConnectorDbContext db, HostQmsJobKind kind, string payload, Action<HostQmsJob> subject)
    {
        var now = clock.GetUtcNow();
        var job = new HostQmsJob { Kind = kind, Payload = payload, CreatedAt = now, NextAttemptAt = now };
        job.IdempotencyKey = job.Id.ToString();
        subject(job);
        db.HostQmsJobs.Add(job);
        // Wakes the worker once the caller's save has gone through; a rolled-back save wakes it for nothing, which is harmless.
        db.SavedChanges += (_, _) => signal.Wake();
        return job;
    }

    private static string Payload(Lot lot, string reason, string? sourceReference, string? holdReference) =>
        JsonSerializer.Serialize(
            new LotHoldJobPayload
            {
                SupplierCode = lot.SupplierCode,
                CatalogueNumber = lot.CatalogueNumber,
                LotNumber = lot.LotNumber,
                Reason = reason.Trim(),
                SourceReference = sourceReference,
                HoldReference = holdReference,
            },
            HostQmsJsonContext.Default.LotHoldJobPayload);

    private string NoticeUrl(HostQmsOptions settings, Guid noticeId)
    {
        var path = $"{options.CurrentValue.Route("odata")}/ChangeNotices({noticeId})";
        return settings.PublicBaseUrl is { } root ? new Uri(new Uri(root.ToString().TrimEnd('/') + "/"), path).ToString() : path;
    }
}
