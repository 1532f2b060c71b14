using System.Data.Common;
using AmConnector.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace AmConnector.AuditTrail;

/// <summary>
/// Reads the committed <see cref="AuditHeadStamp"/> with one pooled connection and one statement,
/// without a DbContext: it is asked once per cached usability answer (P1), where building a context
/// and running an EF query cost more than the rest of the answer.
/// </summary>
/// <remarks>
/// It never waits for a writer. A SQLite reader in WAL mode sees the last commit. On SQL Server the
/// head row is locked from a writer's first statement to its commit (ADR-006), and without read
/// committed snapshot a plain read would wait for the whole transaction: a 64-event inbound batch or
/// a CSV import. So it reads past a locked row, and the stamp is then unknown (<c>null</c>). The caller
/// answers without the cache, and that is always correct.
/// </remarks>
internal sealed class AuditHeadReader(IServiceProvider services)
{
    private const string SqliteSql = "SELECT LastSequence, LastHash FROM AuditChainHead WHERE Id = 1";

    // READCOMMITTEDLOCK keeps READPAST valid where READ_COMMITTED_SNAPSHOT is on.
    private const string SqlServerSql = "SELECT LastSequence, LastHash FROM AuditChainHead WITH (READCOMMITTEDLOCK, READPAST) WHERE Id = 1";

    private readonly Lazy<(DatabaseProvider Provider, string ConnectionString)> connection =
        new(() => DatabaseConfigurator.Connection(services));

    /// <summary>The committed head, or <c>null</c> when it cannot be read without waiting (or there is none).</summary>
    public async Task<AuditHeadStamp?> ReadAsync(CancellationToken cancellationToken)
    {
        var (provider, connectionString) = connection.Value;
        var sqlServer = provider == DatabaseProvider.SqlServer;
        await using DbConnection db = sqlServer ? new SqlConnection(connectionString) : new SqliteConnection(connectionString);
        await db.OpenAsync(cancellationToken);
        SqliteBusyTimeout.Apply(db);
        await using var command = db.CreateCommand();
        command.CommandText = sqlServer ? SqlServerSql : SqliteSql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new AuditHeadStamp(reader.GetInt64(0), reader.GetString(1))
            : null;
    }
}
