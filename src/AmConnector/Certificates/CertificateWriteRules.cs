using AmConnector.Common;
using AmConnector.Data;
using AmConnector.Certificates.Evaluation;
using AmConnector.Lots;
using AmConnector.OData;
using AmConnector.Outbox;
using AmConnector.Qualifications;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Certificates;

/// <summary>
/// Certificates. A certificate of analysis is judged on arrival (domain.md §5.2) against the
/// supplier's stated specifications and the user's own; the verdicts are stored with it, and
/// <c>am.coa.received</c> (and <c>am.coa.out-of-specification</c>) go to the outbox in the same save.
/// </summary>
internal sealed class CertificateWriteRules(OutboxWriter outbox, TimeProvider clock) : WriteRules<Certificate>
{
    public override IReadOnlySet<string> Patchable { get; } = new HashSet<string>
    {
        nameof(Certificate.DocumentNumber), nameof(Certificate.Issuer), nameof(Certificate.IssuedOn),
        nameof(Certificate.ValidUntil), nameof(Certificate.Signatory), nameof(Certificate.Document),
    };

    public override async Task PrepareCreateAsync(Certificate entity, AmConnectorDbContext db, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var material = await db.Materials.AsNoTracking().FirstOrDefaultAsync(m => m.Id == entity.MaterialId, cancellationToken);
        if (material is null)
        {
            errors.Add(new FieldError(nameof(Certificate.MaterialId), "names no known material."));
            return;
        }

        entity.SupplierCode = material.SupplierCode;
        entity.Material = null;
        Check.Unchanged(errors, nameof(Certificate.Verdict), entity.Verdict, CoaVerdict.NotEvaluated, "is derived from the CoA lines.");

        // Lots arrive as references ("Lots@odata.bind"); attach the stored ones, which must be lots of this material.
        var lotIds = entity.Lots.Select(l => l.Id).Distinct().ToList();
        var lots = await db.Lots.Where(l => lotIds.Contains(l.Id) && l.MaterialId == material.Id).ToListAsync(cancellationToken);
        foreach (var missing in lotIds.Except(lots.Select(l => l.Id)))
        {
            errors.Add(new FieldError(nameof(Certificate.Lots), $"Lots({missing}) is not a lot of material {material.SupplierCode}/{material.CatalogueNumber}."));
        }

        entity.Lots = lots;
        for (var i = 0; i < entity.Results.Count; i++)
        {
            entity.Results[i].LineNumber = i + 1;
            Check.Required(errors, $"{nameof(Certificate.Results)}[{i}]/{nameof(CoaResult.TestName)}", entity.Results[i].TestName);
        }

        Validate(entity, errors);
        if (errors.Count == 0 && entity.Type == CertificateType.CertificateOfAnalysis)
        {
            await EvaluateAsync(entity, material, db, cancellationToken);
        }
    }

    /// <summary>
    /// Every write of a CoA judges it again with its current lines and the user's current
    /// specifications; a verdict that changes is announced like a new one, an unchanged one is not.
    /// </summary>
    public override async Task PrepareUpdateAsync(Certificate entity, AmConnectorDbContext db, List<FieldError> errors, CancellationToken cancellationToken)
    {
        Validate(entity, errors);
        if (errors.Count > 0 || entity.Type != CertificateType.CertificateOfAnalysis)
        {
            return;
        }

        await db.Entry(entity).Collection(c => c.Results).LoadAsync(cancellationToken);
        await db.Entry(entity).Collection(c => c.Lots).LoadAsync(cancellationToken);
        var material = await db.Materials.AsNoTracking().SingleAsync(m => m.Id == entity.MaterialId, cancellationToken);
        await EvaluateAsync(entity, material, db, cancellationToken, announceUnchanged: false, previous: entity.Verdict);
    }

    private async Task EvaluateAsync(
        Certificate coa, Materials.Material material, AmConnectorDbContext db, CancellationToken cancellationToken,
        bool announceUnchanged = true, CoaVerdict previous = CoaVerdict.NotEvaluated)
    {
        var userSpecifications = await db.Set<Materials.MaterialSpecification>().AsNoTracking()
            .Where(s => s.MaterialId == material.Id).ToListAsync(cancellationToken);
        CoaEvaluator.Evaluate(coa, userSpecifications).ApplyTo(coa);
        if (!announceUnchanged && coa.Verdict == previous)
        {
            return;
        }

        var subject = $"certificates/{coa.SupplierCode}/{material.CatalogueNumber}/{coa.DocumentNumber ?? coa.Id.ToString()}";
        var lots = coa.Lots.Select(l => l.LotNumber).ToList();
        outbox.Add(db, EventTypes.CoaReceived, subject,
            new { certificateId = coa.Id, coa.SupplierCode, material.CatalogueNumber, coa.DocumentNumber, lots, verdict = coa.Verdict, reason = coa.VerdictReason },
            coa.SupplierCode, material.CatalogueNumber);
        if (coa.Verdict != CoaVerdict.OutOfSpecification)
        {
            return;
        }

        var failing = coa.Results.Where(r => r.Verdict == LineVerdict.Fail).Select(r => new { r.LineNumber, r.TestName, reason = r.VerdictReason }).ToList();
        outbox.Add(db, EventTypes.CoaOutOfSpecification, subject,
            new { certificateId = coa.Id, coa.SupplierCode, material.CatalogueNumber, coa.DocumentNumber, lots, reason = coa.VerdictReason, failingLines = failing },
            coa.SupplierCode, material.CatalogueNumber);

        db.Audit.Reason ??= $"Certificate of analysis {coa.DocumentNumber} is out of specification.";

        // Quarantined lots stay there (the release gate refuses them). A lot already released is held,
        // and the material's qualifications need requalification (domain.md §4.2).
        var lifecycle = new LotLifecycle(db, outbox, clock);
        foreach (var lot in await db.Lots.Include(l => l.Holds).Where(l => coa.Lots.Select(c => c.Id).Contains(l.Id)).ToListAsync(cancellationToken))
        {
            if (lot.Status is LotStatus.Released or LotStatus.ConditionallyReleased)
            {
                lifecycle.PlaceHold(lot, $"Certificate of analysis {coa.DocumentNumber} is out of specification.", "AmConnector", HoldSource.Deviation);
            }
        }

        var qualificationLifecycle = new QualificationLifecycle(db, outbox, clock);
        foreach (var qualification in await db.Qualifications.Where(q => q.MaterialId == material.Id).ToListAsync(cancellationToken))
        {
            qualificationLifecycle.RequireRequalification(qualification, $"Certificate of analysis {coa.DocumentNumber} is out of specification.");
        }
    }

    protected override void Validate(Certificate entity, List<FieldError> errors)
    {
        entity.Lapsed = entity.ValidUntil < DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (entity.IssuedOn == default)
        {
            errors.Add(new FieldError(nameof(Certificate.IssuedOn), "is required."));
        }

        Check.NotBefore(errors, nameof(Certificate.ValidUntil), entity.ValidUntil, nameof(Certificate.IssuedOn), entity.IssuedOn);
        Check.Sha256(errors, $"{nameof(Certificate.Document)}/{nameof(DocumentReference.Sha256)}", entity.Document?.Sha256);
        if (entity.Type != CertificateType.CertificateOfAnalysis && entity.Results.Count > 0)
        {
            errors.Add(new FieldError(nameof(Certificate.Results), "only a certificate of analysis has result lines."));
        }
    }
}
