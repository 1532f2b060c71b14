using System.Data.Common;
using AmConnector.Data;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Hostile;

/// <summary>Row counts of every table of the model, in one command (cheap COUNT(*) subqueries).</summary>
public static class HostileRowCounts
{
    public static async Task<IReadOnlyDictionary<string, long>> ReadAsync(AmConnectorDbContext db, CancellationToken cancellationToken = default)
    {
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using DbCommand command = connection.CreateCommand();
#pragma warning disable CA2100 // Table names come from the EF model, not from input.
            command.CommandText = "SELECT " + string.Join(", ", tables.Select((t, i) => $"(SELECT COUNT(*) FROM \"{t}\") AS c{i}"));
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return tables.Select((t, i) => (t, reader.GetInt64(i))).ToDictionary(p => p.t, p => p.Item2, StringComparer.Ordinal);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>"Table: before → after" for each table whose count moved.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        [.. after.Where(p => !before.TryGetValue(p.Key, out var was) || was != p.Value)
            .Select(p => $"{p.Key}: {(before.TryGetValue(p.Key, out var was) ? was : 0)} → {p.Value}")];
}
