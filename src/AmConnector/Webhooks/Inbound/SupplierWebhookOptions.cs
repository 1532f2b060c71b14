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
}
