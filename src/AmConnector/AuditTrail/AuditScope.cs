namespace AmConnector.AuditTrail;

/// <summary>
/// What the next SaveChanges of a context is for: the reason, and the inbound event that caused
/// it. Actions set the reason from their parameter; plain writes take it from the
/// <c>AmConnector-Reason</c> header; AmConnector's own jobs name themselves as the actor.
/// </summary>
public sealed class AuditScope
{
    public const string ReasonHeader = "AmConnector-Reason";

    public string? Reason { get; set; }

    public string? InboundEventId { get; set; }

    /// <summary>The actor for work without a caller (start-up, background jobs), e.g. <c>system:expiry</c>.</summary>
    public string? SystemActor { get; set; }

    /// <summary>The supplier on whose behalf work without a caller is done (a supplier's signed event).</summary>
    public string? SupplierCode { get; set; }
}
