namespace AmConnector.BulkData.Csv;

/// <summary>Writes RFC 4180 records with CRLF line ends; a field is quoted only when it must be.</summary>
internal sealed class CsvWriter(TextWriter writer)
{
    private static readonly char[] MustQuote = [',', '"', '\r', '\n'];

    public async ValueTask WriteRecordAsync(IEnumerable<string?> fields, CancellationToken cancellationToken)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                await writer.WriteAsync(',');
            }

            first = false;
            await writer.WriteAsync(Quote(field).AsMemory(), cancellationToken);
        }

        await writer.WriteAsync("\r\n".AsMemory(), cancellationToken);
    }

    public static string Quote(string? field) =>
        field is null ? "" :
        field.AsSpan().IndexOfAny(MustQuote) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" :
        field;
}
