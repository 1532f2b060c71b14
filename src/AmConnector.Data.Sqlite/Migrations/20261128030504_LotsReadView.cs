using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmConnector.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LotsReadView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every lot query reads this view (LotConfiguration.ReadView): a released lot past its expiry
            // date reads as Expired before the daily job has run. SQLite expands * when the view is used.
            migrationBuilder.Sql("""
                CREATE VIEW LotsRead AS
                SELECT *,
                       CASE WHEN Status IN ('Released', 'ConditionallyReleased') AND ExpiresOn IS NOT NULL AND ExpiresOn < date('now')
                            THEN 'Expired' ELSE Status END AS EffectiveStatus
                FROM Lots;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS LotsRead;");
        }
    }
}
