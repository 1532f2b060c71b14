namespace AmConnector.BulkData;

/// <summary>Writes every record of a kind as CSV, with the import's columns, in natural-key order, streamed from the database.</summary>
public interface IBulkExporter
{
    /// <summary>Returns the number of records written.</summary>
    Task<int> ExportAsync(BulkEntityKind kind, Stream output, CancellationToken cancellationToken = default);
}
