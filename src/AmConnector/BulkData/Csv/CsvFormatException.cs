namespace AmConnector.BulkData.Csv;

/// <summary>The file is not RFC 4180 CSV at <see cref="Line"/>; reading cannot find the next record's start, so the whole file is refused.</summary>
internal sealed class CsvFormatException(int line, string message) : FormatException($"Line {line}: {message}")
{
    public int Line { get; } = line;
}
