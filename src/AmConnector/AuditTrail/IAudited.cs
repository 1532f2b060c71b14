namespace AmConnector.AuditTrail;

/// <summary>
/// A GMP record whose audit events are a navigation, so <c>$expand=AuditHistory</c> shows them with
/// it in the same SQL command (ADR-012). Read-only: events are written by <see cref="AuditInterceptor"/> only.
/// </summary>
public interface IAudited
{
    List<AuditEvent> AuditHistory { get; }
}
