namespace AmConnector.AuditTrail;

/// <summary>
/// The single row that says where the chain ends. Every writer updates it first in its own
/// transaction, which serialises appends on SQLite and SQL Server alike (ADR-006).
/// </summary>
internal sealed class AuditChainHead
{
    public const int SingletonId = 1;

    /// <summary>The hash the first event chains to.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public int Id { get; set; } = SingletonId;

    public long LastSequence { get; set; }

    public string LastHash { get; set; } = Genesis;
}
