using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AmConnector.Data;

/// <summary>
/// Sets SQLite's own busy handler on every opened connection. Microsoft.Data.Sqlite does not set one:
/// on SQLITE_BUSY it sleeps 150 ms and retries, so under concurrent writers (suppliers' webhooks, the
/// dispatcher, QA) each collision costs 150 ms, far more than the few milliseconds a write holds the
/// lock. SQLite's handler retries within a millisecond or two instead. The wait is bounded like the
/// command timeout; a real deadlock still ends in the provider's own retry and timeout.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
