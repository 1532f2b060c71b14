namespace AmConnector.BulkData.Csv;

/// <summary>
/// A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is written with a
/// leading apostrophe, and so is one that starts with an apostrophe; the import removes one leading
/// apostrophe. So an export opened in Excel runs nothing, and export → import gives back the same text.
/// </summary>
internal static class SpreadsheetSafe
{
    private static readonly string Triggers = "=+-@\t\r'";

    public static string? Escape(string? value) =>
        string.IsNullOrEmpty(value) || !Triggers.Contains(value[0], StringComparison.Ordinal) ? value : "'" + value;

    public static string Unescape(string value) => value.StartsWith('\'') ? value[1..] : value;
}
