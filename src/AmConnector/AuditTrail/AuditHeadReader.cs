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
internal sealed class AuditHeadReader(IServiceProvider services)
{
    private const string Sql = "SELECT LastSequence, LastHash FROM AuditChainHead WHERE Id = 1";

    private readonly Lazy<(DatabaseProvider Provider, string ConnectionString)> connection =
        new(() => DatabaseConfigurator.Connection(services));

    public async Task<AuditHeadStamp> ReadAsync(CancellationToken cancellationToken)
    {
        var (provider, connectionString) = connection.Value;
        await using DbConnection db = provider == DatabaseProvider.SqlServer
            ? new SqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await db.OpenAsync(cancellationToken);
        SqliteBusyTimeout.Apply(db);
        await using var command = db.CreateCommand();
        command.CommandText = Sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        // No head row (a database the migrations have not seeded) reads as the empty chain.
        return await reader.ReadAsync(cancellationToken)
            ? new AuditHeadStamp(reader.GetInt64(0), reader.GetString(1))
            : new AuditHeadStamp(0, AuditChainHead.Genesis);
    }
}
