using Microsoft.Data.Sqlite;

namespace AmConnector.Benchmarks.Data;

/// <summary>One prepared INSERT with positional parameters, reused for every row of a table inside the caller's transaction.</summary>
internal sealed class BulkTable : IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    public BulkTable(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        parameters = [.. columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null)))];
        command.Prepare();
    }

    public long Rows { get; private set; }

    public void Insert(params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
        Rows++;
    }

    public void Dispose() => command.Dispose();
}
