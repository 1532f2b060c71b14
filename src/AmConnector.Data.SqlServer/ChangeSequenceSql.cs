namespace AmConnector.Data.SqlServer;

/// <summary>
/// The hand-written SQL of the ChangeSequence migration (ADR-012), kept here as well so it can be put
/// back when the migrations are regenerated into one. Order in Up: after the columns and indexes,
/// <see cref="Backfill"/> then <see cref="RefreshViews"/>; in Down, <see cref="RefreshViews"/> last.
/// </summary>
internal static class ChangeSequenceSql
{
    /// <summary>
    /// Rows written before the column existed get distinct values at or below zero: below every audit
    /// sequence and distinct, because change-feed pages continue after the last sequence they returned.
    /// In EXEC, so the idempotent script's IF blocks hold a single statement each.
    /// </summary>
    public const string Backfill = """
        EXEC(N'WITH n AS (SELECT [ChangeSequence], ROW_NUMBER() OVER (ORDER BY [Id]) AS r FROM [dbo].[Materials]) UPDATE n SET [ChangeSequence] = -n.r;');
        EXEC(N'WITH n AS (SELECT [ChangeSequence], ROW_NUMBER() OVER (ORDER BY [Id]) AS r FROM [dbo].[Lots]) UPDATE n SET [ChangeSequence] = -n.r;');
        EXEC(N'WITH n AS (SELECT [ChangeSequence], ROW_NUMBER() OVER (ORDER BY [Id]) AS r FROM [dbo].[Certificates]) UPDATE n SET [ChangeSequence] = -n.r;');
        EXEC(N'WITH n AS (SELECT [ChangeSequence], ROW_NUMBER() OVER (ORDER BY [Id]) AS r FROM [dbo].[ChangeNotices]) UPDATE n SET [ChangeSequence] = -n.r;');
        """;

    /// <summary>SQL Server binds a view's <c>*</c> when it is created: refresh both read views after their tables change.</summary>
    public const string RefreshViews = """
        EXEC sp_refreshview N'[dbo].[LotsRead]';
        EXEC sp_refreshview N'[dbo].[CertificatesRead]';
        """;
}
