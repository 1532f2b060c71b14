namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// The inbox: one row per accepted supplier event, written in the same transaction as the change it
/// caused. It keeps the exact bytes received (and their SHA-256) as the evidence of what the supplier
/// said, and the answer given, so a repeated delivery gets the same answer and changes nothing. Not an
/// audited entity: the audit trail records the changes, each naming this row as its cause.
/// </summary>
public sealed class InboundEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SupplierId { get; set; }

    public string SupplierCode { get; set; } = "";

    /// <summary>The Standard Webhooks <c>webhook-id</c>; unique per supplier.</summary>
    public string WebhookId { get; set; } = "";

    /// <summary>The CloudEvent <c>id</c>; unique per supplier too, since a supplier may resend under a new webhook id.</summary>
    public string CloudEventId { get; set; } = "";

    public string Type { get; set; } = "";

    public string? Subject { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The body exactly as received (UTF-8 JSON).</summary>
    public string Body { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the body bytes.</summary>
    public string BodySha256 { get; set; } = "";

    /// <summary>The request headers that matter for evidence (webhook-*, content-type, user-agent), as JSON.</summary>
    public string Headers { get; set; } = "{}";

    /// <summary>
    /// <see cref="InboundEventState.Applied"/> when the event was applied on receipt or later;
    /// <see cref="InboundEventState.Pending"/> while a stored event waits for the writer (ADR-020).
    /// </summary>
    public InboundEventState State { get; set; } = InboundEventState.Applied;

    /// <summary>When the event was applied, refused or given up on; null while pending and for rows from before ADR-020.</summary>
    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>The HTTP status of the answer: 202, or for an event refused after it was stored, the refusal's status.</summary>
    public int OutcomeStatus { get; set; }

    /// <summary>The JSON answer given to the supplier (a problem detail once refused), replayed for a duplicate delivery.</summary>
    public string Outcome { get; set; } = "{}";
}
