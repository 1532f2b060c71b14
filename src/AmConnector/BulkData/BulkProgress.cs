namespace AmConnector.BulkData;

/// <summary>Progress of an import: while validating, bytes read of the file's length (0 when unknown); while writing, rows written of the valid rows.</summary>
public readonly record struct BulkProgress(BulkPhase Phase, long Done, long Total);
