namespace AmConnector.BulkData.Csv;

/// <summary>One CSV record: its fields, and the physical line it starts on (1-based), which a report names.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
