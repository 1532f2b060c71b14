using System.ComponentModel.DataAnnotations;

namespace AmConnector.Webhooks.Inbound;

/// <summary>How AmConnector receives suppliers' signed events (<c>AmConnector:SupplierWebhooks</c>).</summary>
public sealed class SupplierWebhookOptions
{
    /// <summary>Largest accepted body; above it the answer is 413. A notice or CoA is a few KiB.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How far <c>webhook-timestamp</c> may be from our clock, either way (replay protection).</summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a rotated-out secret keeps verifying, so the supplier can switch without losing events.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan SecretRotationOverlap { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Most events the inbound writer applies in one transaction (ADR-015). Each has its own
    /// savepoint, so a refused event costs the others nothing; one commit makes them all durable.
    /// </summary>
    [Range(1, 1000)]
    public int MaxBatchSize { get; set; } = 64;

    /// <summary>Verified events that may wait for the writer; further requests wait for room.</summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 1024;

    /// <summary>
    /// When a supplier hears 202 (ADR-020). <see cref="InboundAcknowledgement.OnApply"/> (the default):
    /// once the event's change is committed, so a refusal (409/422) is the answer to the request.
    /// <see cref="InboundAcknowledgement.OnStore"/>: once the verified event is stored; the writer
    /// applies stored events in order as it can, and a refusal is recorded on the event, for the
    /// supplier to read from <c>GET …/events/{id}</c>. For bursts larger than the writer applies.
    /// </summary>
    public InboundAcknowledgement Acknowledge { get; set; } = InboundAcknowledgement.OnApply;

    /// <summary>
    /// With <see cref="InboundAcknowledgement.OnStore"/>: most stored events waiting to be applied.
    /// Beyond it a sender is answered 503 with <c>Retry-After</c>, and nothing of its event is kept.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxPendingEvents { get; set; } = 100_000;

    /// <summary>
    /// With <see cref="InboundAcknowledgement.OnStore"/>, while senders wait: the most of the writer's
    /// time that applying stored events may take (counted per second). Larger drains a backlog sooner
    /// during a burst; smaller acknowledges more events per second. When nobody waits, it applies
    /// whole batches. At least one event is applied whenever the share allows any.
    /// </summary>
    [Range(0.01, 0.99)]
    public double ApplyShareWhileReceiving { get; set; } = 0.2;

    /// <summary>
    /// How often applying a stored event may throw before it is recorded as failed and the next one is
    /// applied. Between attempts the writer waits <see cref="ApplyRetryDelay"/>, five times longer after
    /// each (1 s, 5 s, 25 s, 125 s by default), so a passing fault (a lock timeout, a failover) does not
    /// fail the event; the events behind it wait, to keep their order.
    /// </summary>
    [Range(1, 100)]
    public int MaxApplyAttempts { get; set; } = 5;

    /// <summary>The wait after the first failed attempt at applying a stored event; see <see cref="MaxApplyAttempts"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan ApplyRetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
