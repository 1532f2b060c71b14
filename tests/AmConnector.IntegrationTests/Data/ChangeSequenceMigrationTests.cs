using AmConnector.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AmConnector.IntegrationTests.Data;

/// <summary>
/// The ChangeSequence migration on a database that already holds rows (ADR-013): they get distinct
/// values at or below zero, and the recreated read views show the column.
/// </summary>
public sealed class ChangeSequenceMigrationTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"amconnector-migration-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Existing_rows_get_distinct_sequences_at_or_below_zero_and_the_read_views_show_them()
    {
        await using var db = new AmConnectorDbContext(new DbContextOptionsBuilder<AmConnectorDbContext>()
            .UseSqlite($"Data Source={_file}", o => o.MigrationsAssembly(DatabaseConfigurator.SqliteMigrationsAssembly))
            .Options);
        var migrations = db.Database.GetMigrations().ToList();
        var index = migrations.FindIndex(m => m.EndsWith("_Integrations", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[index - 1]);

        await using (var connection = new SqliteConnection($"Data Source={_file};Foreign Keys=False"))
        {
            await connection.OpenAsync();
            foreach (var table in new[] { "Materials", "Lots", "Certificates", "ChangeNotices" })
            {
                await InsertAsync(connection, table);
                await InsertAsync(connection, table);
            }
        }

        await migrator.MigrateAsync(migrations[index]);

        foreach (var (table, view) in new[] { ("Materials", "Materials"), ("Lots", "LotsRead"), ("Certificates", "CertificatesRead"), ("ChangeNotices", "ChangeNotices") })
        {
            // The names are the constants above, not input.
            var sql = "SELECT ChangeSequence AS Value FROM " + view;
            var sequences = await db.Database.SqlQueryRaw<long>(sql).ToListAsync();
            Assert.Equal(2, sequences.Count);
            Assert.Equal(2, sequences.Distinct().Count());
            Assert.All(sequences, s => Assert.True(s <= 0, $"{table}: {s}"));
        }
    }

    /// <summary>A row with a distinct value in every NOT NULL column, whatever the table's shape.</summary>
    private static async Task InsertAsync(SqliteConnection connection, string table)
    {
        var columns = new List<(string Name, string Type)>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name, type FROM pragma_table_info('{table}') WHERE \"notnull\" = 1";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
                             $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        for (var i = 0; i < columns.Count; i++)
        {
            insert.Parameters.AddWithValue($"@p{i}", columns[i].Type == "TEXT" ? Guid.NewGuid().ToString().ToUpperInvariant() : 0);
        }

        await insert.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
