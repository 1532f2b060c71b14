using AmConnector.BulkData.Columns;
using AmConnector.Common;
using AmConnector.Data;

namespace AmConnector.BulkData.Kinds;

/// <summary>
/// What the bulk import and export know of one entity: its columns (the natural key first), how a
/// parsed row is completed and checked (the feature's own write rules, with references resolved
/// from sets loaded once), which keys exist already, and the stable order of an export.
/// </summary>
internal abstract class BulkKind<T>
    where T : AmEntity, new()
{
    public abstract BulkEntityKind Kind { get; }

    /// <summary>Every column, the natural key's first, in the order export writes them.</summary>
    public abstract IReadOnlyList<CsvColumn<T>> Columns { get; }

    /// <summary>How many of the first <see cref="Columns"/> make the natural key.</summary>
    public abstract int KeyColumns { get; }

    /// <summary>The rules name some fields differently from the CSV columns (e.g. <c>MaterialId</c>): the column that holds it.</summary>
    public virtual string ColumnOf(string field) => field.Replace('/', '.');

    /// <summary>Loads the referenced records and returns the natural keys that exist already (see <see cref="Identity"/>).</summary>
    public abstract Task<HashSet<string>> LoadAsync(AmConnectorDbContext db, CancellationToken cancellationToken);

    /// <summary>Completes and checks a parsed row with the feature's write rules.</summary>
    public abstract Task ValidateAsync(T entity, AmConnectorDbContext db, List<FieldError> errors, CancellationToken cancellationToken);

    /// <summary>Every record in natural-key order (ordinal on SQLite, the database collation on SQL Server).</summary>
    public abstract IQueryable<T> Ordered(AmConnectorDbContext db);

    /// <summary>The natural key as the report and the audit trail show it, e.g. <c>NWB/NB-FBS-500/FB-24-001</c>.</summary>
    public string KeyOf(T entity) => string.Join('/', Columns.Take(KeyColumns).Select(c => c.Format(entity)));

    /// <summary>The natural key for comparing: a separator no code may contain, since a code may contain '/'.</summary>
    public static string Identity(params string?[] parts) => string.Join('\u001F', parts);

    public string IdentityOf(T entity) => Identity([.. Columns.Take(KeyColumns).Select(c => c.Format(entity))]);
}
