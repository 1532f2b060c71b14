using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmConnector.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InboundEventState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ProcessedAt",
                table: "InboundEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "InboundEvents",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                // Every row before ADR-020 was applied on receipt.
                defaultValue: "Applied");

            migrationBuilder.CreateIndex(
                name: "IX_InboundEvents_State",
                table: "InboundEvents",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboundEvents_State",
                table: "InboundEvents");

            migrationBuilder.DropColumn(
                name: "ProcessedAt",
                table: "InboundEvents");

            migrationBuilder.DropColumn(
                name: "State",
                table: "InboundEvents");
        }
    }
}
