using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmConnector.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class LotsReadView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every lot query reads this view (LotConfiguration.ReadView): a released lot past its expiry
            // date reads as Expired before the daily job has run. A later migration that changes the
            // Lots table runs sp_refreshview on it.
            migrationBuilder.Sql("""
                CREATE VIEW [dbo].[LotsRead] AS
                SELECT l.*,
                       CASE WHEN l.[Status] IN (N'Released', N'ConditionallyReleased') AND l.[ExpiresOn] < CAST(SYSUTCDATETIME() AS date)
                            THEN N'Expired' ELSE l.[Status] END AS [EffectiveStatus]
                FROM [dbo].[Lots] AS l;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS [dbo].[LotsRead];");
        }
    }
}
