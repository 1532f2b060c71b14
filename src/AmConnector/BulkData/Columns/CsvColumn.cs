namespace AmConnector.BulkData.Columns;

/// <summary>
/// One CSV column of an entity: its header name (the property's name, an owned part's as
/// <c>Part.Property</c>), how a record's value is written, and how a non-empty cell is read into a
/// new record (null, or the reason the cell is not a valid value). An empty cell leaves the
/// property as a new record has it, as an absent property in a POSTed JSON body does.
/// </summary>
internal sealed class CsvColumn<T>(string name, Func<T, string?> format, Func<T, string, string?> parse)
{
    public string Name => name;

    public string? Format(T entity) => format(entity);

    public string? Parse(T entity, string cell) => parse(entity, cell);
}
