namespace AmConnector.BulkData;

/// <summary>
/// Creates records from a CSV file (docs/import-export.md): every row is checked first with the
/// rules the OData API applies, then all are written in one transaction, each audited as usual,
/// plus one import event with the counts. Scoped: it uses the scope's database context.
/// </summary>
public interface IBulkImporter
{
    Task<BulkImportResult> ImportAsync(
        BulkEntityKind kind, Stream csv, BulkImportOptions options, IProgress<BulkProgress>? progress = null, CancellationToken cancellationToken = default);
}
