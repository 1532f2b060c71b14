using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmConnector.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AuditHistoryBackFill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written (ADR-012): link the events written before the link columns existed to their
            // records. Its own migration: on SQLite, adding the foreign keys rebuilds AuditEvents at the end
            // of the migration that adds them, after any SQL in it, and the rebuild drops the triggers.
            AuditHistoryLinksSql.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing: the links go with their columns in the previous migration's Down. On SQLite that
            // Down rebuilds AuditEvents, which drops the append-only triggers: recreate them by hand
            // afterwards (AuditHistoryLinksSql.CreateAppendOnlyTriggers).
        }
    }
}
