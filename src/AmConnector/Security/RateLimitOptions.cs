using System.ComponentModel.DataAnnotations;

namespace AmConnector.Security;

/// <summary>A token bucket per client (client id, or API key id): a burst of <see cref="TokenLimit"/>, refilled steadily.</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>The bucket's size: the largest burst a client may send.</summary>
    [Range(1, 1_000_000)]
    public int TokenLimit { get; set; } = 600;

    /// <summary>Tokens added every <see cref="ReplenishmentPeriod"/>.</summary>
    [Range(1, 1_000_000)]
    public int TokensPerPeriod { get; set; } = 100;

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);
}
