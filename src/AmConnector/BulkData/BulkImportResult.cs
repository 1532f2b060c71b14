namespace AmConnector.BulkData;

/// <summary>What an import did. <see cref="Written"/> is false when a bad row stopped it (nothing was written).</summary>
public sealed record BulkImportResult(
    BulkEntityKind Kind, string FileName, string Sha256, int Read, int Imported, bool Written, IReadOnlyList<BulkRejection> Rejections)
{
    /// <summary>Rows with at least one rejection.</summary>
    public int Rejected => Rejections.Select(r => r.Line).Distinct().Count();
}
