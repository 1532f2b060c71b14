using System.Globalization;
using System.Text.Json;
using AmConnector.BulkData.Csv;

namespace AmConnector.BulkData.Columns;

/// <summary>
/// The column kinds, each with one invariant text form that export writes and import reads:
/// dates <c>yyyy-MM-dd</c>, numbers with a point and no grouping, <c>true</c>/<c>false</c>, enum
/// members by name, lists of codes joined by <c>;</c>, lists of objects as a JSON array.
/// </summary>
internal static class CsvColumns<T>
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static CsvColumn<T> Text(string name, Func<T, string?> get, Action<T, string> set) =>
        new(name, e => SpreadsheetSafe.Escape(get(e)), (e, cell) => Set(() => set(e, SpreadsheetSafe.Unescape(cell))));

    public static CsvColumn<T> Date(string name, Func<T, DateOnly?> get, Action<T, DateOnly> set) =>
        new(name, e => get(e)?.ToString("yyyy-MM-dd", Invariant),
            (e, cell) => DateOnly.TryParseExact(cell.Trim(), "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var value)
                ? Set(() => set(e, value))
                : $"is not a date (yyyy-MM-dd): '{cell}'.");

    public static CsvColumn<T> Int(string name, Func<T, int?> get, Action<T, int> set) =>
        new(name, e => get(e)?.ToString(Invariant),
            (e, cell) => int.TryParse(cell.Trim(), NumberStyles.AllowLeadingSign, Invariant, out var value)
                ? Set(() => set(e, value))
                : $"is not a whole number: '{cell}'.");

    public static CsvColumn<T> Decimal(string name, Func<T, decimal?> get, Action<T, decimal> set) =>
        new(name, e => get(e)?.ToString("0.############################", Invariant),
            (e, cell) => decimal.TryParse(cell.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant, out var value)
                ? Set(() => set(e, value))
                : $"is not a number (digits, an optional '.', no grouping): '{cell}'.");

    public static CsvColumn<T> Bool(string name, Func<T, bool?> get, Action<T, bool> set) =>
        new(name, e => get(e) switch { true => "true", false => "false", null => null },
            (e, cell) => bool.TryParse(cell.Trim(), out var value) ? Set(() => set(e, value)) : $"is not true or false: '{cell}'.");

    public static CsvColumn<T> Enum<TEnum>(string name, Func<T, TEnum?> get, Action<T, TEnum> set)
        where TEnum : struct, Enum =>
        new(name, e => get(e)?.ToString(),
            (e, cell) => ParseEnum<TEnum>(cell.Trim()) is { } value
                ? Set(() => set(e, value))
                : $"is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}: '{cell}'.");

    /// <summary>A list of codes (countries, for instance), joined by <c>;</c>.</summary>
    public static CsvColumn<T> Codes(string name, Func<T, List<string>> get, Action<T, List<string>> set) =>
        new(name, e => get(e) is { Count: > 0 } list ? string.Join(';', list) : null,
            (e, cell) => Set(() => set(e, [.. cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)])));

    /// <summary>A list of objects as a compact JSON array, properties named as in the model, nulls left out.</summary>
    public static CsvColumn<T> Json<TItem>(string name, Func<T, List<TItem>> get, Action<T, List<TItem>> set) =>
        new(name, e => get(e) is { Count: > 0 } list ? JsonSerializer.Serialize(list, JsonCells.Options) : null,
            (e, cell) =>
            {
                try
                {
                    return Set(() => set(e, JsonSerializer.Deserialize<List<TItem>>(cell, JsonCells.Options) ?? []));
                }
                catch (JsonException ex)
                {
                    return $"is not a JSON array of {typeof(TItem).Name}: {ex.Message}";
                }
            });

    /// <summary>By name only: a number or an undefined name is refused, as OData refuses them.</summary>
    private static TEnum? ParseEnum<TEnum>(string cell)
        where TEnum : struct, Enum =>
        cell.Length > 0 && char.IsLetter(cell[0]) && System.Enum.TryParse<TEnum>(cell, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : null;

    private static string? Set(Action set)
    {
        set();
        return null;
    }
}
