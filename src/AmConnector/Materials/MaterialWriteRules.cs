using AmConnector.Common;
using AmConnector.Data;
using AmConnector.OData;
using AmConnector.Outbox;
using AmConnector.Qualifications;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Materials;

/// <summary>
/// Materials. The USP &lt;1043&gt; tier is derived on every create and change; a change that raises
/// the effective tier sends the material's qualifications to RequalificationRequired (domain.md §4.2).
/// </summary>
internal sealed class MaterialWriteRules(OutboxWriter outbox, TimeProvider clock) : WriteRules<Material>
{
    public override IReadOnlySet<string> Patchable { get; } = new HashSet<string>
    {
        nameof(Material.Name), nameof(Material.Description), nameof(Material.Category), nameof(Material.Origin),
        nameof(Material.AnimalOriginStatus), nameof(Material.Species), nameof(Material.Tissue),
        nameof(Material.CountriesOfOrigin), nameof(Material.Grade), nameof(Material.IntendedAsAncillaryMaterial),
        nameof(Material.Scope), nameof(Material.ProcessStage), nameof(Material.Storage), nameof(Material.ShelfLifeMonths),
        nameof(Material.Composition), nameof(Material.Dmf), nameof(Material.Status),
    };

    public override async Task PrepareCreateAsync(Material entity, AmConnectorDbContext db, List<FieldError> errors, CancellationToken cancellationToken)
    {
        // A material names its supplier by SupplierId or, as integrators prefer, by SupplierCode.
        var supplier = entity.SupplierId != Guid.Empty
            ? await db.Suppliers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == entity.SupplierId, cancellationToken)
            : await db.Suppliers.AsNoTracking().FirstOrDefaultAsync(s => s.Code == entity.SupplierCode, cancellationToken);
        PrepareCreate(entity, supplier, errors);
    }

    /// <summary>
    /// Completes and checks a new material whose supplier was looked up already (null: none found).
    /// The bulk import resolves thousands of rows against one preloaded set of suppliers, with these very rules.
    /// </summary>
    public void PrepareCreate(Material entity, Suppliers.Supplier? supplier, List<FieldError> errors)
    {
        if (supplier is null)
        {
            errors.Add(new FieldError(nameof(Material.SupplierCode), "names no known supplier (give SupplierId or SupplierCode)."));
        }
        else
        {
            entity.SupplierId = supplier.Id;
            entity.SupplierCode = supplier.Code;
        }

        entity.Supplier = null;
        Check.Code(errors, nameof(Material.CatalogueNumber), entity.CatalogueNumber);
        Check.Unchanged(errors, nameof(Material.Tier), entity.Tier.Override, null,
            "is derived by AmConnector; QA overrides it with the OverrideTier action.");
        Validate(entity, errors);
    }

    public override async Task PrepareUpdateAsync(Material entity, AmConnectorDbContext db, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var before = entity.Tier.Effective;
        Validate(entity, errors);
        if (errors.Count > 0 || entity.Tier.Effective is not { } after || before is null || after <= before)
        {
            return;
        }

        var reason = $"USP <1043> tier rose from {before} to {after}: {entity.Tier.Rule}";
        var lifecycle = new QualificationLifecycle(db, outbox, clock);
        foreach (var qualification in await db.Qualifications.Where(q => q.MaterialId == entity.Id).ToListAsync(cancellationToken))
        {
            lifecycle.RequireRequalification(qualification, reason);
        }
    }

    protected override void Validate(Material entity, List<FieldError> errors)
    {
        Check.Required(errors, nameof(Material.Name), entity.Name);
        Check.Range(errors, nameof(Material.ShelfLifeMonths), entity.ShelfLifeMonths, 0, 600);
        for (var i = 0; i < entity.CountriesOfOrigin.Count; i++)
        {
            Check.Country(errors, $"{nameof(Material.CountriesOfOrigin)}[{i}]", entity.CountriesOfOrigin[i]);
        }

        for (var i = 0; i < entity.Composition.Count; i++)
        {
            Check.Required(errors, $"{nameof(Material.Composition)}[{i}]/{nameof(CompositionLine.Component)}", entity.Composition[i].Component);
            Check.NotNegative(errors, $"{nameof(Material.Composition)}[{i}]/{nameof(CompositionLine.Quantity)}", entity.Composition[i].Quantity);
        }

        if (entity.Storage is { MinTemperatureCelsius: { } min, MaxTemperatureCelsius: { } max } && min > max)
        {
            errors.Add(new FieldError($"{nameof(Material.Storage)}/{nameof(StorageConditions.MinTemperatureCelsius)}",
                $"{min} °C is above the maximum {max} °C."));
        }

        // Annex A: in scope only when used in processing, in contact with the active substance and not meant to stay.
        entity.InScope = entity.Scope.IsInScope();

        // USP <1043>: derived on every create and change, with the rule that fired (domain.md §5.1).
        Tiering.UspTierRules.Apply(entity);
    }
}
