using Microsoft.EntityFrameworkCore.Migrations;

namespace AmConnector.Data.Sqlite;

/// <summary>
/// The hand-written SQL of the AuditHistoryBackFill migration (ADR-012), kept apart so a regenerated
/// migration calls it again. The AuditHistoryLinks migration before it adds the link columns; their
/// foreign keys make EF rebuild AuditEvents on SQLite, which drops its append-only triggers, and EF
/// runs a rebuild at the end of its migration, after any SQL in it: so the SQL is a migration of its
/// own. It drops the triggers if they are there (the back-fill is an UPDATE, which they refuse),
/// back-fills the links of existing events and recreates the triggers.
/// </summary>
internal static class AuditHistoryLinksSql
{
    public static IReadOnlyList<string> DropAppendOnlyTriggers { get; } =
    [
        "DROP TRIGGER IF EXISTS AuditEvents_AppendOnly_NoUpdate;",
        "DROP TRIGGER IF EXISTS AuditEvents_AppendOnly_NoDelete;",
    ];

    /// <summary>As created by the Initial migration, word for word.</summary>
    public static IReadOnlyList<string> CreateAppendOnlyTriggers { get; } =
    [
        """
        CREATE TRIGGER AuditEvents_AppendOnly_NoUpdate BEFORE UPDATE ON AuditEvents
        BEGIN SELECT RAISE(ABORT, 'AuditEvents are append-only: audit records are never updated.'); END;
        """,
        """
        CREATE TRIGGER AuditEvents_AppendOnly_NoDelete BEFORE DELETE ON AuditEvents
        BEGIN SELECT RAISE(ABORT, 'AuditEvents are append-only: audit records are never deleted.'); END;
        """,
    ];

    /// <summary>
    /// Each existing event's link, derived from EntityType and EntityKey as the interceptor does for new
    /// ones. EF stores a Guid on SQLite as upper-case text; EntityKey holds it in lower case. Only keys
    /// of records that exist, so the foreign key holds.
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
        $"UPDATE AuditEvents SET {column} = upper(EntityKey) WHERE EntityType = '{entityType}' AND upper(EntityKey) IN (SELECT Id FROM {table});";

    /// <summary>The AuditHistoryBackFill migration's Up: drop the trigger, back-fill, recreate the trigger.</summary>
    public static void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var sql in DropAppendOnlyTriggers.Concat(BackFill).Concat(CreateAppendOnlyTriggers))
        {
            migrationBuilder.Sql(sql);
        }
    }
}
