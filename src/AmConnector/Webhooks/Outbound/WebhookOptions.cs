using System.ComponentModel.DataAnnotations;

namespace AmConnector.Webhooks.Outbound;

/// <summary><c>AmConnector:Webhooks</c>: delivery of outbound webhooks (design.md principle 2, ADR-011).</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "AmConnector:Webhooks";

    /// <summary>The default retry schedule: about 27 hours from the first attempt to the last.</summary>
    public static IReadOnlyList<TimeSpan> DefaultRetrySchedule { get; } =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    /// <summary>Whether this instance runs the dispatcher. Every instance may: leases keep them apart.</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>The CloudEvent <c>source</c> of every event sent.</summary>
    [Required]
    [MinLength(1)]
    public string Source { get; set; } = "urn:amconnector";

    /// <summary>
    /// Host names, IP addresses or CIDR ranges that may be private (a QMS on the site network) and may
    /// use plain http. Everything else must be https to a public address.
    /// </summary>
    public List<string> AllowedPrivateHosts { get; set; } = [];

    /// <summary>How long one attempt may take, from connecting to the end of the response headers.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The waits before each retry; after the last, a delivery is Failed. Null: <see cref="DefaultRetrySchedule"/>.</summary>
    public List<TimeSpan>? RetrySchedule { get; set; }

    /// <summary>Each wait varies by up to this fraction either way, so retries of many deliveries spread out.</summary>
    [Range(0.0, 0.5)]
    public double RetryJitter { get; set; } = 0.2;

    /// <summary>The longest wait a receiver's <c>Retry-After</c> can ask for.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>After a secret rotation, how long the old secret keeps signing beside the new one.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan SecretOverlap { get; set; } = TimeSpan.FromHours(24);

    /// <summary>An endpoint that has failed every attempt for this long is disabled.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromDays(5);

    /// <summary>How often the dispatcher looks for work committed by other instances; its own commits wake it at once.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claimed delivery stays with one instance; a crashed instance's work is taken over after it.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Deliveries claimed at once by one instance.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Requests in flight at once per instance.</summary>
    [Range(1, 256)]
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>The readiness check reports Degraded when a delivery has been pending longer than this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan DegradedAfter { get; set; } = TimeSpan.FromMinutes(30);

    internal IReadOnlyList<TimeSpan> Schedule => RetrySchedule is { Count: > 0 } schedule ? schedule : DefaultRetrySchedule;
}
