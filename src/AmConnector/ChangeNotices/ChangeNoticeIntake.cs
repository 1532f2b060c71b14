using AmConnector.Common;
using AmConnector.Data;
using AmConnector.Materials;
using AmConnector.Outbox;
using AmConnector.Suppliers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AmConnector.ChangeNotices;

/// <summary>
/// Where every change notice arrives: a supplier's signed webhook (<c>am.change-notice.published</c>,
/// <c>.revised</c>, <c>.withdrawn</c>) and a notice entered by hand through OData. Each call checks the
/// input, derives lead time (§5.4), completeness (§5.4) and impact (§5.5), and adds the notice, its
/// version record and its events to the context's change set. Nothing here saves: the caller commits
/// it all in one SaveChanges, so an accepted event is durable together with its effects.
/// </summary>
internal sealed class ChangeNoticeIntake(OutboxWriter outbox, ImpactResolver impact, TimeProvider clock, IOptions<AmConnectorOptions> options)
{
    private static readonly string[] Scope = [AmConnectorDbContext.SupplierScopeFilter];

    private ChangeNoticeOptions Options => options.Value.ChangeNotices;

    public async Task<ChangeNoticeIntakeResult> PublishAsync(AmConnectorDbContext db, ChangeNotice incoming, string payloadJson, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var supplier = await SupplierAsync(db, incoming.SupplierId, incoming.SupplierCode, errors, cancellationToken);
        Validate(incoming, errors);
        Check.Unchanged(errors, nameof(ChangeNotice.Status), incoming.Status, ChangeNoticeStatus.Received,
            "a new notice starts Received; its status changes through the change-notice actions.");
        if (errors.Count > 0 || supplier is null)
        {
            return ChangeNoticeIntakeResult.Invalid(errors);
        }

        var reference = incoming.SupplierReference.Trim();
        var existing = await db.ChangeNotices.IgnoreQueryFilters(Scope).AsNoTracking()
            .Where(n => n.SupplierCode == supplier.Code && n.SupplierReference == reference)
            .Select(n => new { n.Version, n.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return ChangeNoticeIntakeResult.Conflict(nameof(ChangeNotice.SupplierReference),
                $"{supplier.Code}/{reference} already exists (version {existing.Version}, {existing.Status}); a change to it is a revision with a higher Version.");
        }

        var now = clock.GetUtcNow();
        var notice = incoming;
        notice.SupplierId = supplier.Id;
        notice.SupplierCode = supplier.Code;
        notice.Supplier = null;
        notice.SupplierReference = reference;
        notice.AffectedMaterials = [];
        notice.Versions = [];
        notice.Assessment = new NoticeAssessment();
        notice.InformationRequests = [];
        notice.StatusReason = null;
        // A notice without its own notification instant was notified when it arrived.
        notice.NotifiedAt = notice.NotifiedAt == default ? now : notice.NotifiedAt;
        notice.ContactName ??= supplier.QualityAgreement.NoticeContactName;
        notice.ContactEmail ??= supplier.QualityAgreement.NoticeContactEmail;

        var materials = await DeriveAsync(db, notice, supplier, cancellationToken);
        notice.AffectedMaterials.AddRange(materials);
        notice.Versions.Add(VersionOf(notice, payloadJson, now));
        db.ChangeNotices.Add(notice);

        ChangeNoticeEvents.Received(db, outbox, notice, revision: false);
        ChangeNoticeEvents.Acknowledged(db, outbox, notice, "received", now);
        return ChangeNoticeIntakeResult.Done(notice);
    }

    public async Task<ChangeNoticeIntakeResult> ReviseAsync(AmConnectorDbContext db, ChangeNotice incoming, string payloadJson, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var supplier = await SupplierAsync(db, incoming.SupplierId, incoming.SupplierCode, errors, cancellationToken);
        Validate(incoming, errors);
        if (errors.Count > 0 || supplier is null)
        {
            return ChangeNoticeIntakeResult.Invalid(errors);
        }

        var notice = await FindAsync(db, supplier, incoming.SupplierReference, cancellationToken);
        if (notice is null)
        {
            return ChangeNoticeIntakeResult.NotFound(nameof(ChangeNotice.SupplierReference),
                $"{supplier.Code}/{incoming.SupplierReference} is not a known notice: publish it first.");
        }

        if (notice.Status is ChangeNoticeStatus.Closed or ChangeNoticeStatus.Cancelled)
        {
            return ChangeNoticeIntakeResult.Refused(notice, nameof(ChangeNotice.Status),
                $"{supplier.Code}/{notice.SupplierReference} is {notice.Status}; a {notice.Status} notice cannot be revised: publish a new notice.");
        }

        if (incoming.Version <= notice.Version)
        {
            return ChangeNoticeIntakeResult.Refused(notice, nameof(ChangeNotice.Version),
                $"version {incoming.Version} is not higher than the current version {notice.Version} of {supplier.Code}/{notice.SupplierReference}.");
        }

        var now = clock.GetUtcNow();
        CopyRevisedFields(incoming, notice);
        // The lead time stays measured from the first notification (NotifiedAt is kept): a revision
        // that moves the date forward does not earn the supplier fresh notice.
        notice.ContactName ??= supplier.QualityAgreement.NoticeContactName;
        notice.ContactEmail ??= supplier.QualityAgreement.NoticeContactEmail;
        var materials = await DeriveAsync(db, notice, supplier, cancellationToken);
        notice.AffectedMaterials.Clear();
        notice.AffectedMaterials.AddRange(materials);
        db.Set<ChangeNoticeVersion>().Add(VersionOf(notice, payloadJson, now));

        var reason = $"Revision {notice.Version} received from {supplier.Code}.";
        if (notice.Status is ChangeNoticeStatus.Accepted or ChangeNoticeStatus.AcceptedWithActions or ChangeNoticeStatus.Rejected)
        {
            reason = $"Revision {notice.Version} received from {supplier.Code}: the {notice.Status} notice returns to assessment (domain.md §4.3).";
            notice.Status = ChangeNoticeStatus.UnderAssessment;
            notice.StatusReason = reason;
        }

        db.Audit.Reason ??= reason;
        ChangeNoticeEvents.Received(db, outbox, notice, revision: true);
        ChangeNoticeEvents.Acknowledged(db, outbox, notice, "received", now);
        return ChangeNoticeIntakeResult.Done(notice);
    }

    public async Task<ChangeNoticeIntakeResult> WithdrawAsync(AmConnectorDbContext db, Guid supplierId, string supplierReference, string reason, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var supplier = await SupplierAsync(db, supplierId, null, errors, cancellationToken);
        if (supplier is null)
        {
            return ChangeNoticeIntakeResult.Invalid(errors);
        }

        var notice = await FindAsync(db, supplier, supplierReference, cancellationToken);
        if (notice is null)
        {
            return ChangeNoticeIntakeResult.NotFound(nameof(ChangeNotice.SupplierReference), $"{supplier.Code}/{supplierReference} is not a known notice.");
        }

        if (!ChangeNoticeTransitions.IsAllowed(notice.Status, ChangeNoticeStatus.Cancelled))
        {
            return ChangeNoticeIntakeResult.Refused(notice, nameof(ChangeNotice.Status),
                $"{supplier.Code}/{notice.SupplierReference} is already {notice.Status}; only an open notice can be withdrawn.");
        }

        var why = string.IsNullOrWhiteSpace(reason) ? "no reason given" : reason.Trim();
        notice.Status = ChangeNoticeStatus.Cancelled;
        notice.StatusReason = $"Withdrawn by {supplier.Code} on {clock.GetUtcNow():yyyy-MM-dd}: {why}";
        db.Audit.Reason ??= notice.StatusReason;
        return ChangeNoticeIntakeResult.Done(notice);
    }

    /// <summary>Re-derives completeness after a hand edit of the notice's text or documents.</summary>
    public async Task RecheckCompletenessAsync(AmConnectorDbContext db, ChangeNotice notice, CancellationToken cancellationToken)
    {
        var origins = await db.Materials.IgnoreQueryFilters(Scope).AsNoTracking()
            .Where(m => m.SupplierCode == notice.SupplierCode && notice.AffectedCatalogueNumbers.Contains(m.CatalogueNumber))
            .Select(m => m.Origin).ToListAsync(cancellationToken);
        notice.MissingItems = DataPackageTable.Missing(notice, Context(notice, origins), Options.DataPackage);
    }

    /// <summary>The checks a new notice and a revision share (and the hand-entered notice, through ChangeNoticeWriteRules).</summary>
    public static void Validate(ChangeNotice notice, List<FieldError> errors)
    {
        Check.Code(errors, nameof(ChangeNotice.SupplierReference), notice.SupplierReference);
        Check.Required(errors, nameof(ChangeNotice.Title), notice.Title);
        Check.Range(errors, nameof(ChangeNotice.Version), notice.Version, 1, 10_000);
        if (!Enum.IsDefined(notice.Area))
        {
            errors.Add(new FieldError(nameof(ChangeNotice.Area), $"'{notice.Area}' is not a change area."));
        }

        if (!Enum.IsDefined(notice.Level))
        {
            errors.Add(new FieldError(nameof(ChangeNotice.Level), $"'{notice.Level}' is not a change level."));
        }

        Check.NotBefore(errors, nameof(ChangeNotice.LastShipOn), notice.LastShipOn, nameof(ChangeNotice.LastOrderOn), notice.LastOrderOn);
        // The columns' bounds, checked here so that a long field is a 400 naming it, not a failed save.
        MaxLength(errors, nameof(ChangeNotice.Title), notice.Title, 500);
        MaxLength(errors, nameof(ChangeNotice.ProposedAlternative), notice.ProposedAlternative, 1000);
        MaxLength(errors, nameof(ChangeNotice.FirstAffectedLotOrDate), notice.FirstAffectedLotOrDate, 256);
        MaxLength(errors, nameof(ChangeNotice.ContactName), notice.ContactName, 256);
        MaxLength(errors, nameof(ChangeNotice.ContactEmail), notice.ContactEmail, 256);
        for (var i = 0; i < notice.SupportingDocuments.Count; i++)
        {
            Check.Sha256(errors, $"{nameof(ChangeNotice.SupportingDocuments)}[{i}]/{nameof(DocumentReference.Sha256)}",
                notice.SupportingDocuments[i].Sha256);
        }
    }

    private static void MaxLength(List<FieldError> errors, string field, string? value, int max)
    {
        if (value?.Length > max)
        {
            errors.Add(new FieldError(field, $"must be at most {max} characters; was {value.Length}."));
        }
    }

    /// <summary>Lead time, impact and completeness; returns the affected materials (tracked).</summary>
    private async Task<IReadOnlyList<Material>> DeriveAsync(AmConnectorDbContext db, ChangeNotice notice, Supplier supplier, CancellationToken cancellationToken)
    {
        LeadTimeCheck.Apply(notice, supplier.QualityAgreement, Options);
        var materials = await impact.ResolveAsync(db, notice, cancellationToken);
        notice.MissingItems = DataPackageTable.Missing(notice, Context(notice, materials.Select(m => m.Origin)), Options.DataPackage);
        return materials;
    }

    private static DataPackageContext Context(ChangeNotice notice, IEnumerable<MaterialOrigin> origins) =>
        new(notice.SupportingDocuments, origins.Any(o => o is MaterialOrigin.Animal or MaterialOrigin.Human));

    private static ChangeNoticeVersion VersionOf(ChangeNotice notice, string payloadJson, DateTimeOffset now) => new()
    {
        ChangeNoticeId = notice.Id,
        Version = notice.Version,
        ReceivedAt = now,
        Title = notice.Title,
        Payload = payloadJson,
    };

    private static void CopyRevisedFields(ChangeNotice from, ChangeNotice to)
    {
        to.Version = from.Version;
        to.Area = from.Area;
        to.Level = from.Level;
        to.Title = from.Title;
        to.Description = from.Description;
        to.Rationale = from.Rationale;
        to.CurrentState = from.CurrentState;
        to.ProposedState = from.ProposedState;
        to.AffectedCatalogueNumbers = [.. from.AffectedCatalogueNumbers];
        to.AffectedLotNumbers = [.. from.AffectedLotNumbers];
        to.PlannedImplementationOn = from.PlannedImplementationOn;
        to.LastOrderOn = from.LastOrderOn;
        to.LastShipOn = from.LastShipOn;
        to.ProposedAlternative = from.ProposedAlternative;
        to.FirstAffectedLotOrDate = from.FirstAffectedLotOrDate;
        to.ContactName = from.ContactName;
        to.ContactEmail = from.ContactEmail;
        to.SupportingDocuments = [.. from.SupportingDocuments];
    }

    private static Task<ChangeNotice?> FindAsync(AmConnectorDbContext db, Supplier supplier, string? reference, CancellationToken cancellationToken)
    {
        var trimmed = reference?.Trim() ?? "";
        return db.ChangeNotices.IgnoreQueryFilters(Scope).Include(n => n.AffectedMaterials)
            .FirstOrDefaultAsync(n => n.SupplierCode == supplier.Code && n.SupplierReference == trimmed, cancellationToken);
    }

    private static async Task<Supplier?> SupplierAsync(AmConnectorDbContext db, Guid id, string? code, List<FieldError> errors, CancellationToken cancellationToken)
    {
        // Within the caller's row scope: a supplier's client enters notices of its own supplier only.
        var suppliers = db.Suppliers.AsNoTracking();
        var supplier = id != Guid.Empty
            ? await suppliers.FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            : string.IsNullOrWhiteSpace(code) ? null : await suppliers.FirstOrDefaultAsync(s => s.Code == code, cancellationToken);
        if (supplier is null)
        {
            errors.Add(new FieldError(nameof(ChangeNotice.SupplierCode), "names no known supplier (give SupplierId or SupplierCode)."));
        }

        return supplier;
    }
}
