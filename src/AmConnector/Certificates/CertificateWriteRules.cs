using AmConnector.Common;
using AmConnector.Data;
using AmConnector.OData;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Certificates;

internal sealed class CertificateWriteRules : WriteRules<Certificate>
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
    }

    protected override void Validate(Certificate entity, List<FieldError> errors)
    {
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
