using Microsoft.EntityFrameworkCore.Migrations;

namespace AmConnector.Data.SqlServer;

/// <summary>
/// The hand-written SQL of the AuditHistoryBackFill migration (ADR-012), which follows AuditHistoryLinks
/// (the columns), kept apart so a regenerated migration calls it again. The back-fill is an UPDATE,
/// which the append-only trigger refuses: drop it, back-fill the links of existing events, recreate
/// it, all in the migration's transaction. Its own migration only to match SQLite's, which needs one.
/// Each statement in EXEC, so it compiles inside the idempotent script's IF blocks.
/// </summary>
internal static class AuditHistoryLinksSql
{
    public static IReadOnlyList<string> DropAppendOnlyTriggers { get; } = ["DROP TRIGGER IF EXISTS [dbo].[AuditEvents_AppendOnly];"];

    /// <summary>As created by the Initial migration, word for word.</summary>
    public static IReadOnlyList<string> CreateAppendOnlyTriggers { get; } =
    [
        """
        EXEC(N'CREATE TRIGGER [dbo].[AuditEvents_AppendOnly] ON [dbo].[AuditEvents]
        INSTEAD OF UPDATE, DELETE
        AS
        BEGIN
            THROW 51000, ''AuditEvents are append-only: audit records are never updated or deleted.'', 1;
        END');
        """,
    ];

    /// <summary>
    /// Each existing event's link, derived from EntityType and EntityKey as the interceptor does for new
    /// ones; only keys of records that exist, so the foreign key holds.
    /// </summary>
    public static IReadOnlyList<string> BackFill { get; } =
    [
        Link("Supplier", "SupplierId", "Suppliers"),
        Link("Material", "MaterialId", "Materials"),
        Link("Lot", "LotId", "Lots"),
        Link("Certificate", "CertificateId", "Certificates"),
        Link("RiskAssessment", "RiskAssessmentId", "RiskAssessments"),
        Link("Qualification", "QualificationId", "Qualifications"),
        Link("ChangeNotice", "ChangeNoticeId", "ChangeNotices"),
    ];

    private static string Link(string entityType, string column, string table) =>
        $"EXEC(N'UPDATE [dbo].[AuditEvents] SET [{column}] = TRY_CONVERT(uniqueidentifier, [EntityKey]) " +
        $"WHERE [EntityType] = N''{entityType}'' AND TRY_CONVERT(uniqueidentifier, [EntityKey]) IN (SELECT [Id] FROM [dbo].[{table}]);');";

    /// <summary>The AuditHistoryBackFill migration's Up: drop the trigger, back-fill, recreate the trigger.</summary>
    public static void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var sql in DropAppendOnlyTriggers.Concat(BackFill).Concat(CreateAppendOnlyTriggers))
        {
            migrationBuilder.Sql(sql);
        }
    }
}
