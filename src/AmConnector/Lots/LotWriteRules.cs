using AmConnector.Common;
using AmConnector.Data;
using AmConnector.OData;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Lots;

internal sealed class LotWriteRules : WriteRules<Lot>
{
    public override IReadOnlySet<string> Patchable { get; } = new HashSet<string>
    {
        nameof(Lot.ManufacturedOn), nameof(Lot.ExpiresOn), nameof(Lot.RetestOn), nameof(Lot.Quantity), nameof(Lot.QuantityUnit),
    };

    public override async Task PrepareCreateAsync(Lot entity, AmConnectorDbContext db, List<FieldError> errors, CancellationToken cancellationToken)
    {
        // A lot names its material by MaterialId or by the material's natural key.
        var material = entity.MaterialId != Guid.Empty
            ? await db.Materials.AsNoTracking().FirstOrDefaultAsync(m => m.Id == entity.MaterialId, cancellationToken)
            : await db.Materials.AsNoTracking().FirstOrDefaultAsync(
                m => m.SupplierCode == entity.SupplierCode && m.CatalogueNumber == entity.CatalogueNumber, cancellationToken);
        PrepareCreate(entity, material, errors);
    }

    /// <summary>
    /// Completes and checks a new lot whose material was looked up already (null: none found).
    /// The bulk import resolves many rows against one preloaded set of materials, with these very rules.
    /// </summary>
    public void PrepareCreate(Lot entity, Materials.Material? material, List<FieldError> errors)
    {
        if (material is null)
        {
            errors.Add(new FieldError(nameof(Lot.MaterialId), "names no known material (give MaterialId, or SupplierCode and CatalogueNumber)."));
        }
        else
        {
            entity.MaterialId = material.Id;
            entity.SupplierCode = material.SupplierCode;
            entity.CatalogueNumber = material.CatalogueNumber;
        }

        entity.Material = null;
        Check.Code(errors, nameof(Lot.LotNumber), entity.LotNumber);
        Check.Unchanged(errors, nameof(Lot.Status), entity.Status, LotStatus.Quarantine,
            "a new lot starts in Quarantine; its status changes through the lot lifecycle actions.");
        Check.Unchanged(errors, nameof(Lot.Holds), entity.Holds.Count, 0, "holds are placed with the PlaceHold action.");
        Check.Unchanged(errors, nameof(Lot.Certificates), entity.Certificates.Count, 0, "certificates name the lots they cover.");
        Validate(entity, errors);
    }

    protected override void Validate(Lot entity, List<FieldError> errors)
    {
        Check.NotBefore(errors, nameof(Lot.ExpiresOn), entity.ExpiresOn, nameof(Lot.ManufacturedOn), entity.ManufacturedOn);
        Check.NotBefore(errors, nameof(Lot.RetestOn), entity.RetestOn, nameof(Lot.ManufacturedOn), entity.ManufacturedOn);
        Check.NotNegative(errors, nameof(Lot.Quantity), entity.Quantity);
        if (entity.Quantity is not null)
        {
            Check.Required(errors, nameof(Lot.QuantityUnit), entity.QuantityUnit);
        }
    }
}
