using Microsoft.EntityFrameworkCore.Migrations;

namespace AmConnector.Data.Sqlite;

/// <summary>
/// Hand-written part of the Integrations migration: <c>ChangeNotices.MissingItems</c> changed from a
/// list of words to a list of item codes with descriptions. Old rows are emptied rather than guessed
/// at; the completeness check fills them again on the notice's next revision.
/// </summary>
internal static class MissingItemsDataFix
{
    public static void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("UPDATE \"ChangeNotices\" SET \"MissingItems\" = '[]' WHERE substr(\"MissingItems\", 1, 2) = '[\"';");
}
