using AmConnector.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Tests.Data;

/// <summary>Every connection the context opens waits for another connection's lock instead of failing at once.</summary>
public sealed class SqliteBusyTimeoutTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"amconnector-busy-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_connection_opened_by_the_context_has_the_busy_timeout_set()
    {
        await using var db = Context();

        await db.Database.OpenConnectionAsync();

        Assert.Equal(SqliteBusyTimeout.Milliseconds, BusyTimeout(db));
    }

    [Fact]
    public void A_connection_opened_synchronously_has_it_too()
    {
        using var db = Context();

        db.Database.OpenConnection();

        Assert.Equal(SqliteBusyTimeout.Milliseconds, BusyTimeout(db));
    }

    [Fact]
    public async Task A_pooled_connection_opened_again_still_has_it()
    {
        await using (var first = Context())
        {
            await first.Database.OpenConnectionAsync();
        }

        await using var db = Context();
        await db.Database.OpenConnectionAsync();

        Assert.Equal(SqliteBusyTimeout.Milliseconds, BusyTimeout(db));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private static long BusyTimeout(AmConnectorDbContext db)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";
        return (long)command.ExecuteScalar()!;
    }

    private AmConnectorDbContext Context() => new(new DbContextOptionsBuilder<AmConnectorDbContext>()
        .UseSqlite($"Data Source={_file};Pooling=True")
        .AddInterceptors(SqliteBusyTimeout.Instance)
        .Options);
}
