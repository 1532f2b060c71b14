using AmConnector.BulkData.Columns;
using AmConnector.Common;
using AmConnector.Data;
using AmConnector.Lots;
using AmConnector.Materials;
using Microsoft.EntityFrameworkCore;
using C = AmConnector.BulkData.Columns.CsvColumns<AmConnector.Lots.Lot>;

namespace AmConnector.BulkData.Kinds;

/// <summary>
/// Lots by supplier code + catalogue number + lot number. Status is a column so an export shows it,
/// but the lot rules accept only Quarantine (or an empty cell) on import: a release is a signed
/// lifecycle action, never a bulk write.
/// </summary>
internal sealed class LotBulkKind(LotWriteRules rules) : BulkKind<Lot>
{
    private Dictionary<string, Material> _materials = [];

    public override BulkEntityKind Kind => BulkEntityKind.Lots;

    public override int KeyColumns => 3;

    public override IReadOnlyList<CsvColumn<Lot>> Columns { get; } =
    [
        C.Text(nameof(Lot.SupplierCode), l => l.SupplierCode, (l, v) => l.SupplierCode = v),
        C.Text(nameof(Lot.CatalogueNumber), l => l.CatalogueNumber, (l, v) => l.CatalogueNumber = v),
        C.Text(nameof(Lot.LotNumber), l => l.LotNumber, (l, v) => l.LotNumber = v),
        C.Date(nameof(Lot.ManufacturedOn), l => l.ManufacturedOn, (l, v) => l.ManufacturedOn = v),
        C.Date(nameof(Lot.ExpiresOn), l => l.ExpiresOn, (l, v) => l.ExpiresOn = v),
        C.Date(nameof(Lot.RetestOn), l => l.RetestOn, (l, v) => l.RetestOn = v),
        C.Decimal(nameof(Lot.Quantity), l => l.Quantity, (l, v) => l.Quantity = v),
        C.Text(nameof(Lot.QuantityUnit), l => l.QuantityUnit, (l, v) => l.QuantityUnit = v),
        C.Enum<LotStatus>(nameof(Lot.Status), l => l.Status, (l, v) => l.Status = v),
    ];

    /// <summary>The rules name the unresolved material by MaterialId, which is not a column.</summary>
    public override string ColumnOf(string field) => field == nameof(Lot.MaterialId) ? nameof(Lot.CatalogueNumber) : base.ColumnOf(field);

    public override async Task<HashSet<string>> LoadAsync(AmConnectorDbContext db, CancellationToken cancellationToken)
    {
        // The rules need a material's Id and key parts only.
        var materials = await db.Materials.AsNoTracking()
            .Select(m => new Material { Id = m.Id, SupplierCode = m.SupplierCode, CatalogueNumber = m.CatalogueNumber })
            .ToListAsync(cancellationToken);
        _materials = materials.ToDictionary(m => Identity(m.SupplierCode, m.CatalogueNumber), StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var key in db.Lots.AsNoTracking().Select(l => new { l.SupplierCode, l.CatalogueNumber, l.LotNumber })
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            keys.Add(Identity(key.SupplierCode, key.CatalogueNumber, key.LotNumber));
        }

        return keys;
    }

    public override Task ValidateAsync(Lot entity, AmConnectorDbContext db, List<FieldError> errors, CancellationToken cancellationToken)
    {
        rules.PrepareCreate(entity, _materials.GetValueOrDefault(Identity(entity.SupplierCode, entity.CatalogueNumber)), errors);
        return Task.CompletedTask;
    }

    public override IQueryable<Lot> Ordered(AmConnectorDbContext db) =>
        db.Lots.OrderBy(l => l.SupplierCode).ThenBy(l => l.CatalogueNumber).ThenBy(l => l.LotNumber);
}
