using AmConnector.BulkData.Columns;
using AmConnector.BulkData.Csv;
using AmConnector.BulkData.Kinds;
using AmConnector.Common;
using AmConnector.Data;

namespace AmConnector.BulkData;

/// <summary>
/// Checks one file's rows against its header: each cell parsed, then the feature's write rules (the
/// same as a POST), then the natural key against the rows before it and the records in the database.
/// </summary>
internal sealed class BulkValidator<T>
    where T : AmEntity, new()
{
    private readonly BulkKind<T> _kind;
    private readonly List<CsvColumn<T>> _columns;
    private readonly HashSet<string> _existing;
    private readonly AmConnectorDbContext _db;
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    private BulkValidator(BulkKind<T> kind, List<CsvColumn<T>> columns, HashSet<string> existing, AmConnectorDbContext db) =>
        (_kind, _columns, _existing, _db) = (kind, columns, existing, db);

    /// <summary>Reads the header (an unknown, repeated or missing key column refuses the file) and loads what the rows refer to.</summary>
    public static async Task<BulkValidator<T>> CreateAsync(BulkKind<T> kind, CsvRecord? header, AmConnectorDbContext db, CancellationToken cancellationToken)
    {
        if (header is null)
        {
            throw new BulkDataException("The file is empty: a header row naming the columns is expected.");
        }

        var byName = kind.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var columns = new List<CsvColumn<T>>();
        foreach (var name in header.Fields.Select(f => f.Trim()))
        {
            if (!byName.TryGetValue(name, out var column))
            {
                throw new BulkDataException($"The header names an unknown column '{name}'; {kind.Kind} has {string.Join(", ", kind.Columns.Select(c => c.Name))}.");
            }

            if (columns.Contains(column))
            {
                throw new BulkDataException($"The header names the column '{name}' twice.");
            }

            columns.Add(column);
        }

        var missing = kind.Columns.Take(kind.KeyColumns).Where(c => !columns.Contains(c)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            throw new BulkDataException($"The header lacks the key column(s) {string.Join(", ", missing)}.");
        }

        return new BulkValidator<T>(kind, columns, await kind.LoadAsync(db, cancellationToken), db);
    }

    /// <summary>The completed record when the row is valid; otherwise null, with its reasons added to <paramref name="rejections"/>.</summary>
    public async Task<T?> CheckAsync(CsvRecord record, List<BulkRejection> rejections, CancellationToken cancellationToken)
    {
        var entity = new T();
        var errors = new List<FieldError>();
        if (record.Fields.Count != _columns.Count)
        {
            errors.Add(new FieldError("(row)", $"has {record.Fields.Count} fields; the header has {_columns.Count}."));
        }
        else
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                if (record.Fields[i].Length > 0 && _columns[i].Parse(entity, record.Fields[i]) is { } reason)
                {
                    errors.Add(new FieldError(_columns[i].Name, reason));
                }
            }

            // The same rules as a POST, whatever the parse found, so one report lists every problem of the row.
            var ruleErrors = new List<FieldError>();
            await _kind.ValidateAsync(entity, _db, ruleErrors, cancellationToken);
            errors.AddRange(ruleErrors.Select(e => e with { Field = _kind.ColumnOf(e.Field) }));
            CheckKey(entity, record.Line, errors);
        }

        var key = _kind.KeyOf(entity);
        rejections.AddRange(errors.Select(e => new BulkRejection(record.Line, key, e.Field, e.Message)));
        return errors.Count == 0 ? entity : null;
    }

    private void CheckKey(T entity, int line, List<FieldError> errors)
    {
        var column = _kind.Columns[_kind.KeyColumns - 1].Name;
        var identity = _kind.IdentityOf(entity);
        if (!_seen.TryAdd(identity, line))
        {
            errors.Add(new FieldError(column, $"repeats the key of line {_seen[identity]}."));
        }
        else if (_existing.Contains(identity))
        {
            errors.Add(new FieldError(column, "exists already; the import only creates records."));
        }
    }
}
