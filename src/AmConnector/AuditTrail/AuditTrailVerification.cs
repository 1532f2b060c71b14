namespace AmConnector.AuditTrail;

/// <summary>The answer of <c>VerifyAuditTrail</c>: intact, or where and why the chain breaks first.</summary>
public sealed class AuditTrailVerification
{
    public bool Intact { get; set; }

    public long EventsChecked { get; set; }

    public long? FirstBrokenSequence { get; set; }

    public string? Reason { get; set; }
}
