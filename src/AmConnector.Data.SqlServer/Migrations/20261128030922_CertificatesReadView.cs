using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmConnector.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CertificatesReadView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Lapsed",
                table: "Certificates",
                type: "bit",
                nullable: false,
                defaultValue: false);

            // Every certificate query reads this view (CertificateConfiguration.ReadView): a certificate
            // past its ValidUntil reads as lapsed before any job has run. A later migration that changes
            // the Certificates table runs sp_refreshview on it.
            migrationBuilder.Sql("""
                CREATE VIEW [dbo].[CertificatesRead] AS
                SELECT c.*,
                       CAST(CASE WHEN c.[ValidUntil] < CAST(SYSUTCDATETIME() AS date) THEN 1 ELSE 0 END AS bit) AS [EffectiveLapsed]
                FROM [dbo].[Certificates] AS c;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS [dbo].[CertificatesRead];");

            migrationBuilder.DropColumn(
                name: "Lapsed",
                table: "Certificates");
        }
    }
}
