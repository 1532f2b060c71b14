using AmConnector.Common;
using AmConnector.Data;
using AmConnector.OData;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.ChangeNotices;

/// <summary>
/// Rules for notices entered by hand (a supplier that still sends PDFs). Suppliers' systems
/// publish through the signed webhook instead; both land in the same record.
/// </summary>
internal sealed class ChangeNoticeWriteRules : WriteRules<ChangeNotice>
{
    public override IReadOnlySet<string> Patchable { get; } = new HashSet<string>
    {
        nameof(ChangeNotice.Title), nameof(ChangeNotice.Description), nameof(ChangeNotice.Rationale),
        nameof(ChangeNotice.CurrentState), nameof(ChangeNotice.ProposedState), nameof(ChangeNotice.ContactName),
        nameof(ChangeNotice.ContactEmail), nameof(ChangeNotice.SupportingDocuments),
    };

    public override async Task PrepareCreateAsync(ChangeNotice entity, AmConnectorDbContext db, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var supplier = entity.SupplierId != Guid.Empty
            ? await db.Suppliers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == entity.SupplierId, cancellationToken)
            : await db.Suppliers.AsNoTracking().FirstOrDefaultAsync(s => s.Code == entity.SupplierCode, cancellationToken);
        if (supplier is null)
        {
            errors.Add(new FieldError(nameof(ChangeNotice.SupplierCode), "names no known supplier (give SupplierId or SupplierCode)."));
        }
        else
        {
            entity.SupplierId = supplier.Id;
            entity.SupplierCode = supplier.Code;
        }

        entity.Supplier = null;
        entity.AffectedMaterials = [];
        Check.Code(errors, nameof(ChangeNotice.SupplierReference), entity.SupplierReference);
        Check.Unchanged(errors, nameof(ChangeNotice.Status), entity.Status, ChangeNoticeStatus.Received,
            "a new notice starts Received; its status changes through the change-notice actions.");
        if (entity.NotifiedAt == default)
        {
            errors.Add(new FieldError(nameof(ChangeNotice.NotifiedAt), "is required."));
        }

        Validate(entity, errors);
    }

    protected override void Validate(ChangeNotice entity, List<FieldError> errors)
    {
        Check.Required(errors, nameof(ChangeNotice.Title), entity.Title);
        Check.Range(errors, nameof(ChangeNotice.Version), entity.Version, 1, 10_000);
        for (var i = 0; i < entity.SupportingDocuments.Count; i++)
        {
            Check.Sha256(errors, $"{nameof(ChangeNotice.SupportingDocuments)}[{i}]/{nameof(DocumentReference.Sha256)}",
                entity.SupportingDocuments[i].Sha256);
        }
    }
}
