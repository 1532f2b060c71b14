namespace AmConnector.BulkData;

/// <summary>One reason a row was not imported: its first line in the file, its natural key, the column and why.</summary>
public sealed record BulkRejection(int Line, string Key, string Field, string Reason);
