using AmConnector.BulkData.Columns;
using AmConnector.Common;
using AmConnector.Data;
using AmConnector.Materials;
using AmConnector.Suppliers;
using Microsoft.EntityFrameworkCore;
using C = AmConnector.BulkData.Columns.CsvColumns<AmConnector.Materials.Material>;

namespace AmConnector.BulkData.Kinds;

/// <summary>
/// Materials by supplier code + catalogue number. The derived columns (InScope, the USP &lt;1043&gt;
/// tier) are not columns: the rules derive them on import, as they do for a POST.
/// </summary>
internal sealed class MaterialBulkKind(MaterialWriteRules rules) : BulkKind<Material>
{
    private Dictionary<string, Supplier> _suppliers = [];

    public override BulkEntityKind Kind => BulkEntityKind.Materials;

    public override int KeyColumns => 2;

    public override IReadOnlyList<CsvColumn<Material>> Columns { get; } =
    [
        C.Text(nameof(Material.SupplierCode), m => m.SupplierCode, (m, v) => m.SupplierCode = v),
        C.Text(nameof(Material.CatalogueNumber), m => m.CatalogueNumber, (m, v) => m.CatalogueNumber = v),
        C.Text(nameof(Material.Name), m => m.Name, (m, v) => m.Name = v),
        C.Text(nameof(Material.Description), m => m.Description, (m, v) => m.Description = v),
        C.Enum<MaterialCategory>(nameof(Material.Category), m => m.Category, (m, v) => m.Category = v),
        C.Enum<MaterialOrigin>(nameof(Material.Origin), m => m.Origin, (m, v) => m.Origin = v),
        C.Enum<AnimalOriginStatus>(nameof(Material.AnimalOriginStatus), m => m.AnimalOriginStatus, (m, v) => m.AnimalOriginStatus = v),
        C.Text(nameof(Material.Species), m => m.Species, (m, v) => m.Species = v),
        C.Text(nameof(Material.Tissue), m => m.Tissue, (m, v) => m.Tissue = v),
        C.Codes(nameof(Material.CountriesOfOrigin), m => m.CountriesOfOrigin, (m, v) => m.CountriesOfOrigin = v),
        C.Enum<MaterialGrade>(nameof(Material.Grade), m => m.Grade, (m, v) => m.Grade = v),
        C.Bool(nameof(Material.IntendedAsAncillaryMaterial), m => m.IntendedAsAncillaryMaterial, (m, v) => m.IntendedAsAncillaryMaterial = v),
        C.Bool("Scope.UsedInCellProcessing", m => m.Scope.UsedInCellProcessing, (m, v) => m.Scope.UsedInCellProcessing = v),
        C.Bool("Scope.InContactWithActiveSubstance", m => m.Scope.InContactWithActiveSubstance, (m, v) => m.Scope.InContactWithActiveSubstance = v),
        C.Bool("Scope.IntendedInFinalProduct", m => m.Scope.IntendedInFinalProduct, (m, v) => m.Scope.IntendedInFinalProduct = v),
        C.Text(nameof(Material.ProcessStage), m => m.ProcessStage, (m, v) => m.ProcessStage = v),
        C.Decimal("Storage.MinTemperatureCelsius", m => m.Storage.MinTemperatureCelsius, (m, v) => m.Storage.MinTemperatureCelsius = v),
        C.Decimal("Storage.MaxTemperatureCelsius", m => m.Storage.MaxTemperatureCelsius, (m, v) => m.Storage.MaxTemperatureCelsius = v),
        C.Bool("Storage.ProtectFromLight", m => m.Storage.ProtectFromLight, (m, v) => m.Storage.ProtectFromLight = v),
        C.Text("Storage.Conditions", m => m.Storage.Conditions, (m, v) => m.Storage.Conditions = v),
        C.Int(nameof(Material.ShelfLifeMonths), m => m.ShelfLifeMonths, (m, v) => m.ShelfLifeMonths = v),
        C.Json<CompositionLine>(nameof(Material.Composition), m => m.Composition, (m, v) => m.Composition = v),
        C.Text("Dmf.Type", m => m.Dmf.Type, (m, v) => m.Dmf.Type = v),
        C.Text("Dmf.Number", m => m.Dmf.Number, (m, v) => m.Dmf.Number = v),
        C.Enum<MaterialStatus>(nameof(Material.Status), m => m.Status, (m, v) => m.Status = v),
    ];

    public override async Task<HashSet<string>> LoadAsync(AmConnectorDbContext db, CancellationToken cancellationToken)
    {
        // The rules need a supplier's Id and Code only.
        _suppliers = await db.Suppliers.AsNoTracking().Select(s => new Supplier { Id = s.Id, Code = s.Code })
            .ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, cancellationToken);
        var keys = await db.Materials.AsNoTracking().Select(m => new { m.SupplierCode, m.CatalogueNumber }).ToListAsync(cancellationToken);
        return [.. keys.Select(k => Identity(k.SupplierCode, k.CatalogueNumber))];
    }

    public override Task ValidateAsync(Material entity, AmConnectorDbContext db, List<FieldError> errors, CancellationToken cancellationToken)
    {
        rules.PrepareCreate(entity, _suppliers.GetValueOrDefault(entity.SupplierCode), errors);
        return Task.CompletedTask;
    }

    public override IQueryable<Material> Ordered(AmConnectorDbContext db) =>
        db.Materials.OrderBy(m => m.SupplierCode).ThenBy(m => m.CatalogueNumber);
}
