using System.ComponentModel.DataAnnotations;

namespace AmConnector.Data;

public sealed class DatabaseOptions
{
    /// <summary>Sqlite (embedded default) or SqlServer (production).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Name of the connection string under <c>ConnectionStrings</c>. SQL Server requires it; for
    /// SQLite it overrides <see cref="SqliteFile"/> when present.
    /// </summary>
    [Required]
    public string ConnectionStringName { get; set; } = "AmConnector";

    /// <summary>The embedded database file, relative to the content root.</summary>
    [Required]
    public string SqliteFile { get; set; } = Path.Combine("data", "amconnector.db");

    /// <summary>Apply pending migrations at start. Sites that migrate by script set this false.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
