using System.Text;
using AmConnector.BulkData.Csv;
using AmConnector.BulkData.Kinds;
using AmConnector.Common;
using AmConnector.Data;
using AmConnector.Lots;
using AmConnector.Materials;
using AmConnector.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.BulkData;

/// <summary>
/// The import's columns, one row per record in natural-key order, read with AsNoTracking as an async
/// stream: memory stays flat however many records there are.
/// </summary>
internal sealed class BulkExporter(AmConnectorDbContext db, SupplierWriteRules supplierRules, MaterialWriteRules materialRules, LotWriteRules lotRules)
    : IBulkExporter
{
    public Task<int> ExportAsync(BulkEntityKind kind, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        return kind switch
        {
            BulkEntityKind.Suppliers => ExportAsync(new SupplierBulkKind(supplierRules), output, cancellationToken),
            BulkEntityKind.Materials => ExportAsync(new MaterialBulkKind(materialRules), output, cancellationToken),
            BulkEntityKind.Lots => ExportAsync(new LotBulkKind(lotRules), output, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private async Task<int> ExportAsync<T>(BulkKind<T> kind, Stream output, CancellationToken cancellationToken)
        where T : AmEntity, new()
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
        var csv = new CsvWriter(writer);
        await csv.WriteRecordAsync(kind.Columns.Select(c => c.Name), cancellationToken);
        var count = 0;
        await foreach (var entity in kind.Ordered(db).AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(kind.Columns.Select(c => c.Format(entity)), cancellationToken);
            count++;
        }

        return count;
    }
}
