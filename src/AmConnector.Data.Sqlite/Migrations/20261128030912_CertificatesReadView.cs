using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmConnector.Data.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Every certificate query reads this view (CertificateConfiguration.ReadView): a certificate
            // past its ValidUntil reads as lapsed before any job has run. SQLite expands * when it is used.
            migrationBuilder.Sql("""
                CREATE VIEW CertificatesRead AS
                SELECT *,
                       CASE WHEN ValidUntil IS NOT NULL AND ValidUntil < date('now') THEN 1 ELSE 0 END AS EffectiveLapsed
                FROM Certificates;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW IF EXISTS CertificatesRead;");

            migrationBuilder.DropColumn(
                name: "Lapsed",
                table: "Certificates");
        }
    }
}
