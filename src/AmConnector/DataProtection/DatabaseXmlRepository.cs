using System.Data.Common;
using System.Xml.Linq;
using AmConnector.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace AmConnector.DataProtection;

/// <summary>
/// The Data Protection key ring in the <c>DataProtectionKeys</c> table, so every instance on one
/// database protects and opens the same webhook secrets, delta tokens, login cookies and antiforgery
/// tokens.
/// <para>
/// Plain ADO.NET over a fresh connection, not <see cref="AmConnectorDbContext"/> (nor the
/// Microsoft.AspNetCore.DataProtection.EntityFrameworkCore package): Data Protection calls a repository
/// synchronously, and the audit interceptor refuses a synchronous SaveChanges by design; key rows are
/// not GMP records and must not enter the audit chain; and a singleton must not hold a scoped context.
/// Two statements, standard SQL, so one text serves SQLite and SQL Server.
/// </para>
/// <para>
/// Insert-only: two instances starting at once on an empty table may each create a key; both rows
/// stay, and Data Protection reads both (either can open what the other protected).
/// </para>
/// </summary>
internal sealed partial class DatabaseXmlRepository(
    DatabaseProvider provider,
    string connectionString,
    DirectoryInfo? legacyFolder,
    IXmlEncryptor? importEncryptor,
    ILogger<DatabaseXmlRepository> logger) : IXmlRepository
{
    // Double-quoted identifiers: standard SQL, and what SqlClient's default QUOTED_IDENTIFIER ON accepts.
    private const string Select = $"""SELECT "Xml" FROM "{DataProtectionKeyConfiguration.Table}" ORDER BY "Id" """;
    private const string Insert = $"""INSERT INTO "{DataProtectionKeyConfiguration.Table}" ("FriendlyName", "Xml") VALUES (@name, @xml)""";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = Open();
        var elements = Read(connection);
        if (elements.Count == 0 && ImportLegacyFiles(connection) > 0)
        {
            elements = Read(connection);
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var connection = Open();
        InsertRow(connection, string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("D") : friendlyName, element);
    }

    private DbConnection Open()
    {
        DbConnection connection = provider == DatabaseProvider.SqlServer ? new SqlConnection(connectionString) : new SqliteConnection(connectionString);
        connection.Open();
        if (connection is SqliteConnection)
        {
            // As SqliteBusyTimeout does for the context: wait for a writer instead of failing with SQLITE_BUSY.
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout = 30000;";
            pragma.ExecuteNonQuery();
        }

        return connection;
    }

    private static List<XElement> Read(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Select;
        var elements = new List<XElement>();
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                elements.Add(XElement.Parse(reader.GetString(0)));
            }
        }
        catch (DbException ex)
        {
            // Most likely the migration that adds the table has not run yet (a host that started Data
            // Protection before AmConnector's database initializer); Data Protection tries again later.
            throw new InvalidOperationException(
                $"The Data Protection key ring could not be read from the {DataProtectionKeyConfiguration.Table} table. " +
                "Are the database migrations applied (AmConnector:Database:MigrateOnStart)?", ex);
        }

        return elements;
    }

    private static void InsertRow(DbConnection connection, string friendlyName, XElement element)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Insert;
        AddParameter(command, "@name", friendlyName);
        AddParameter(command, "@xml", element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>
    /// The upgrade path: an install from before the key ring moved into the database kept it in files
    /// under <c>{KeyFolder}/data-protection</c>. With the table still empty, those keys are copied in, so
    /// the webhook secrets they protected still open. With a key-protection certificate configured, their
    /// secret parts are encrypted on the way in (a file key was stored in clear). The files stay, as a
    /// fallback copy; delete them once the instance runs on the database.
    /// </summary>
    private int ImportLegacyFiles(DbConnection connection)
    {
        if (legacyFolder is null || !legacyFolder.Exists)
        {
            return 0;
        }

        var imported = 0;
        foreach (var file in legacyFolder.EnumerateFiles("*.xml").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var element = XElement.Load(file.FullName);
            if (importEncryptor is not null)
            {
                element = KeyElementEncryption.EncryptSecrets(element, importEncryptor);
            }

            try
            {
                InsertRow(connection, Path.GetFileNameWithoutExtension(file.Name), element);
                imported++;
            }
            catch (DbException ex) when (UniqueViolation.Is(ex))
            {
                // Another instance imported this file at the same moment: one row is enough.
            }
        }

        LogImported(logger, imported, legacyFolder.FullName);
        return imported;
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information,
        Message = "Imported {Count} Data Protection key file(s) from {Folder} into the database key ring")]
    private static partial void LogImported(ILogger logger, int count, string folder);
}
