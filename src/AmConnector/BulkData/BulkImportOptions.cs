namespace AmConnector.BulkData;

/// <summary>How one file is imported.</summary>
public sealed class BulkImportOptions
{
    /// <summary>The file's name, recorded in every audit event of the import with the file's SHA-256.</summary>
    public required string FileName { get; init; }

    /// <summary>Write the valid rows and report the rest; otherwise one bad row means nothing is written.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>The audit trail's actor when there is no signed-in caller, e.g. <c>cli:import:jdoe</c>.</summary>
    public string Actor { get; init; } = "system:import";

    /// <summary>
    /// Rows per SaveChanges inside the import's one transaction: the change tracker is cleared
    /// between batches, so memory and change detection stay flat however long the file.
    /// </summary>
    public int BatchSize { get; init; } = 2000;
}
