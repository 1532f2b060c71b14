using AmConnector.Common;
using AmConnector.Data;
using AmConnector.OData;
using AmConnector.Outbox;
using AmConnector.Qualifications;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Risk;

/// <summary>
/// Risk assessments (domain.md §5.3): scores and level are derived; a new assessment whose level is
/// higher than the material's previous one sends its qualifications to RequalificationRequired and
/// writes <c>am.risk.reclassified</c>, in the same SaveChanges.
/// </summary>
internal sealed class RiskAssessmentWriteRules(OutboxWriter outbox, TimeProvider clock) : WriteRules<RiskAssessment>
{
    public override IReadOnlySet<string> Patchable { get; } = new HashSet<string>
    {
        nameof(RiskAssessment.Assessor), nameof(RiskAssessment.AssessedAt), nameof(RiskAssessment.NextReviewDue),
        nameof(RiskAssessment.Summary),
    };

    public override async Task PrepareCreateAsync(RiskAssessment entity, AmConnectorDbContext db, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var material = await db.Materials.AsNoTracking().FirstOrDefaultAsync(m => m.Id == entity.MaterialId, cancellationToken);
        if (material is null)
        {
            errors.Add(new FieldError(nameof(RiskAssessment.MaterialId), "names no known material."));
        }
        else
        {
            entity.SupplierCode = material.SupplierCode;
        }

        entity.Material = null;
        Validate(entity, errors);
        if (errors.Count == 0 && material is not null)
        {
            await ReclassifyAsync(entity, material.CatalogueNumber, db, cancellationToken);
        }
    }

    private async Task ReclassifyAsync(RiskAssessment entity, string catalogueNumber, AmConnectorDbContext db, CancellationToken cancellationToken)
    {
        var previous = await db.RiskAssessments.AsNoTracking()
            .Where(r => r.MaterialId == entity.MaterialId)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Select(r => (RiskLevel?)r.Level)
            .FirstOrDefaultAsync(cancellationToken);
        if (previous is not { } before || entity.Level <= before)
        {
            return;
        }

        var reason = $"Risk level rose from {before} to {entity.Level} (highest hazard score {entity.HighestScore}).";
        var lifecycle = new QualificationLifecycle(db, outbox, clock);
        var qualifications = await db.Qualifications.Where(q => q.MaterialId == entity.MaterialId).ToListAsync(cancellationToken);
        var requalified = qualifications.Where(q => lifecycle.RequireRequalification(q, reason)).Select(q => q.Id).ToList();
        outbox.Add(db, EventTypes.RiskReclassified, $"materials/{entity.SupplierCode}/{catalogueNumber}",
            new { riskAssessmentId = entity.Id, entity.MaterialId, entity.SupplierCode, catalogueNumber, from = before, to = entity.Level, entity.HighestScore, requalifiedQualifications = requalified },
            entity.SupplierCode, catalogueNumber);
    }

    protected override void Validate(RiskAssessment entity, List<FieldError> errors)
    {
        Check.Required(errors, nameof(RiskAssessment.UseContext), entity.UseContext);
        for (var i = 0; i < entity.Hazards.Count; i++)
        {
            var hazard = entity.Hazards[i];
            var prefix = $"{nameof(RiskAssessment.Hazards)}[{i}]/";
            Check.Range(errors, prefix + nameof(RiskHazard.Probability), hazard.Probability, 1, 5);
            Check.Range(errors, prefix + nameof(RiskHazard.Severity), hazard.Severity, 1, 5);
            Check.Range(errors, prefix + nameof(RiskHazard.ResidualProbability), hazard.ResidualProbability, 1, 5);
            Check.Range(errors, prefix + nameof(RiskHazard.ResidualSeverity), hazard.ResidualSeverity, 1, 5);
        }

        RiskScoring.Derive(entity);
    }
}
