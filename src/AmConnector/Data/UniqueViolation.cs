using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Data;

/// <summary>Recognises a unique-index violation on either provider, so it can answer 409 instead of 500.</summary>
internal static class UniqueViolation
{
    private const int SqliteConstraint = 19; // SQLITE_CONSTRAINT
    private const int SqlServerDuplicateKey = 2601;
    private const int SqlServerUniqueConstraint = 2627;

    public static bool Is(DbUpdateException exception) => Is(exception.InnerException as System.Data.Common.DbException);

    /// <summary>The same, for code that runs its own commands.</summary>
    public static bool Is(System.Data.Common.DbException? exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint &&
                                  sqlite.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase),
        SqlException sql => sql.Number is SqlServerDuplicateKey or SqlServerUniqueConstraint,
        _ => false,
    };
}
