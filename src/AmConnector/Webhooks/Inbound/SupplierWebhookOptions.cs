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
}
