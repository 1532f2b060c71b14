using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace AmConnector.Data;

/// <summary>
/// Sets SQLite's own busy handler on every opened connection. Microsoft.Data.Sqlite does not set one:
/// on SQLITE_BUSY it sleeps 150 ms and retries, so under concurrent writers (suppliers' webhooks, the
/// dispatcher, QA) each collision costs 150 ms, far more than the few milliseconds a write holds the
/// lock. SQLite's handler retries within a millisecond or two instead. The wait is bounded like the
/// command timeout; a real deadlock still ends in the provider's own retry and timeout.
/// </summary>
/// <remarks>
/// Set through the native call, not a <c>PRAGMA busy_timeout</c> command: EF opens the connection for
/// every query, so a PRAGMA cost one more statement prepared and stepped per query (a usability check
/// runs four; docs/performance.md, P1). The native call only stores the value on the handle.
/// </remarks>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    /// <summary>How long a statement waits for another connection's lock, in milliseconds.</summary>
    public const int Milliseconds = 30_000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>For code that opens its own connection outside EF.</summary>
    public static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            raw.sqlite3_busy_timeout(handle, Milliseconds);
        }
    }
}
