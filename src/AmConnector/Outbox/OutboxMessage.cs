namespace AmConnector.Outbox;

/// <summary>
/// An outbound event (design.md principle 1), written in the same SaveChanges as the change that
/// causes it; the dispatcher of [Outbound webhooks] fans it out as a signed CloudEvent later. Not an
/// AmEntity: it is appended once and never edited, so it carries no revision.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Also the CloudEvent <c>id</c>: a version-7 GUID, so ids sort by time.</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The CloudEvent <c>type</c>, one of <see cref="EventTypes"/>.</summary>
    public string Type { get; set; } = "";

    /// <summary>The CloudEvent <c>subject</c>: the natural key of the record it is about, e.g. <c>lots/NWB/NB-FBS-500/FB-24-001</c>.</summary>
    public string Subject { get; set; } = "";

    /// <summary>The supplier the event concerns; subscribers filter on it.</summary>
    public string? SupplierCode { get; set; }

    /// <summary>The material's catalogue number, when the event concerns one; subscribers filter on it.</summary>
    public string? CatalogueNumber { get; set; }

    /// <summary>The CloudEvent <c>data</c>, JSON, valid against <c>contracts/events/&lt;type&gt;.schema.json</c>.</summary>
    public string Data { get; set; } = "{}";

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The W3C trace id of the request that caused it, so a delivery can be traced back.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>When the webhook dispatcher made its deliveries (one per matching endpoint); null until then.</summary>
    public DateTimeOffset? FannedOutAt { get; set; }
}
