namespace AmConnector.AuditTrail;

public enum AuditAction
{
    Insert,
    Update,

    /// <summary>An update that changed the record's Status: the lifecycle change an inspector asks about first.</summary>
    StatusChange,
    Delete,

    /// <summary>The audit trail itself was exported: who read which part of it, and when.</summary>
    Export,

    /// <summary>A bulk import of records from a file: its counts and the file's SHA-256 (each record has its own Insert event).</summary>
    Import,
}
