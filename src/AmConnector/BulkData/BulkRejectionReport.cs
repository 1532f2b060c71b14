using System.Globalization;
using System.Text;
using AmConnector.BulkData.Csv;

namespace AmConnector.BulkData;

/// <summary>The rejected-rows report: CSV with Line, Key, Field, Reason, one line per reason, in file order.</summary>
public static class BulkRejectionReport
{
    public static async Task WriteAsync(IEnumerable<BulkRejection> rejections, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rejections);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 16 * 1024, leaveOpen: true);
        var csv = new CsvWriter(writer);
        await csv.WriteRecordAsync(["Line", "Key", "Field", "Reason"], cancellationToken);
        foreach (var r in rejections)
        {
            // Key and reason quote the file's cells: a spreadsheet must not run them.
            await csv.WriteRecordAsync(
                [r.Line.ToString(CultureInfo.InvariantCulture), SpreadsheetSafe.Escape(r.Key), r.Field, SpreadsheetSafe.Escape(r.Reason)], cancellationToken);
        }
    }
}
