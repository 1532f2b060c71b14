using Microsoft.Data.Sqlite;

namespace AmConnector.Benchmarks.Chaos;

/// <summary>Reads the server's SQLite file read-only after it has stopped: what is really stored.</summary>
internal static class ChaosDatabase
{
    public static List<(string A, string B)> Pairs(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetValue(1).ToString()!));
        }

        return rows;
    }
}
