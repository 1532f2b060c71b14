using AmConnector.Common;
using AmConnector.Data;
using AmConnector.OData;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Qualifications;

internal sealed class QualificationWriteRules : WriteRules<Qualification>
{
    public override IReadOnlySet<string> Patchable { get; } = new HashSet<string>
    {
        nameof(Qualification.NextReviewDue), nameof(Qualification.Conditions),
    };

    public override async Task PrepareCreateAsync(Qualification entity, AmConnectorDbContext db, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var material = await db.Materials.AsNoTracking().FirstOrDefaultAsync(m => m.Id == entity.MaterialId, cancellationToken);
        if (material is null)
        {
            errors.Add(new FieldError(nameof(Qualification.MaterialId), "names no known material."));
        }
        else
        {
            entity.SupplierCode = material.SupplierCode;
            entity.UspTierAtQualification = material.Tier.Effective;
            // The tier decides the checklist (domain.md §5.1); a client does not compose it.
            if (entity.Activities.Count > 0)
            {
                errors.Add(new FieldError(nameof(Qualification.Activities), "are created from the material's USP <1043> tier; send none."));
            }
            else if (material.Tier.Effective is not null)
            {
                entity.Activities = Checklist.TierChecklist.For(material);
            }
            else
            {
                errors.Add(new FieldError(nameof(Qualification.MaterialId), "names a material without a USP <1043> tier yet."));
            }
        }

        entity.Material = null;
        Check.Unchanged(errors, nameof(Qualification.Status), entity.Status, QualificationStatus.NotStarted,
            "a new qualification starts NotStarted; its status changes through the qualification actions.");
        Validate(entity, errors);
    }

    protected override void Validate(Qualification entity, List<FieldError> errors) =>
        Check.Required(errors, nameof(Qualification.UseContext), entity.UseContext);
}
