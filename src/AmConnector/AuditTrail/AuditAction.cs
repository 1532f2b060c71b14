namespace AmConnector.AuditTrail;

public enum AuditAction
{
    Insert,
    Update,

    /// <summary>An update that changed the record's Status: the lifecycle change an inspector asks about first.</summary>
    StatusChange,
    Delete,
}
