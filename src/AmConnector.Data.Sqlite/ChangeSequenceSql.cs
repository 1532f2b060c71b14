namespace AmConnector.Data.Sqlite;

/// <summary>
/// The hand-written SQL of the ChangeSequence migration (ADR-012), kept here as well so it can be put
/// back when the migrations are regenerated into one. Order in Up: <see cref="DropViews"/> before the
/// columns are added, then <see cref="Backfill"/> and <see cref="CreateViews"/> after the indexes.
/// </summary>
internal static class ChangeSequenceSql
{
    /// <summary>The read views select <c>*</c> of their table; they are recreated around the change.</summary>
    public const string DropViews = """
        DROP VIEW IF EXISTS LotsRead;
        DROP VIEW IF EXISTS CertificatesRead;
        """;

    /// <summary>The views exactly as the Initial migration creates them.</summary>
    public const string CreateViews = """
        CREATE VIEW LotsRead AS
        SELECT *,
               CASE WHEN Status IN ('Released', 'ConditionallyReleased') AND ExpiresOn IS NOT NULL AND ExpiresOn < date('now')
                    THEN 'Expired' ELSE Status END AS EffectiveStatus
        FROM Lots;
        CREATE VIEW CertificatesRead AS
        SELECT *,
               CASE WHEN ValidUntil IS NOT NULL AND ValidUntil < date('now') THEN 1 ELSE 0 END AS EffectiveLapsed
        FROM Certificates;
        """;

    /// <summary>
    /// Rows written before the column existed get distinct values at or below zero: below every audit
    /// sequence (so inside any first read and outside every delta) and distinct, because change-feed
    /// pages continue after the last sequence they returned.
    /// </summary>
    public const string Backfill = """
        UPDATE Materials SET ChangeSequence = -rowid;
        UPDATE Lots SET ChangeSequence = -rowid;
        UPDATE Certificates SET ChangeSequence = -rowid;
        UPDATE ChangeNotices SET ChangeSequence = -rowid;
        """;
}
