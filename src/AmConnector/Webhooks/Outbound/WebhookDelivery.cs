namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// One outbox message for one endpoint (the "destination" of design.md principle 2). Its id is the
/// <c>webhook-id</c> header, the same on every retry, so a receiver can drop duplicates. A
/// dispatcher instance works on it only while it holds the lease (ADR-011).
/// </summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MessageId { get; set; }

    public Guid EndpointId { get; set; }

    /// <summary>The message's CloudEvent type, copied so the log filters without a join.</summary>
    public string EventType { get; set; } = "";

    public string Subject { get; set; } = "";

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The endpoint's owner supplier, copied for supplier row scoping.</summary>
    public string? OwnerSupplierCode { get; set; }

    public DeliveryStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>Every attempt made, across replays.</summary>
    public int AttemptCount { get; set; }

    /// <summary>Failures since the last replay: the position in the retry schedule.</summary>
    public int RetryStep { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>The dispatcher instance (and claim) holding the lease; a concurrency token.</summary>
    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public List<WebhookDeliveryAttempt> Attempts { get; set; } = [];
}
