namespace AmConnector.AuditTrail;

/// <summary>A GMP-relevant change (domain.md §5.7) was saved without a reason; answered as 400 naming the change.</summary>
public sealed class MissingReasonException(string change)
    : InvalidOperationException($"A reason is required for {change}: give it as the action's reason or in the {AuditScope.ReasonHeader} header.")
{
    public string Change { get; } = change;
}
