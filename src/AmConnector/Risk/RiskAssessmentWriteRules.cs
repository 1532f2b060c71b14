using AmConnector.Common;
using AmConnector.Data;
using AmConnector.OData;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Risk;

internal sealed class RiskAssessmentWriteRules : WriteRules<RiskAssessment>
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
