using System.ComponentModel.DataAnnotations;

namespace AmConnector.HostSystems;

/// <summary>
/// <c>AmConnector:HostQms</c>: the host QMS that AmConnector opens change controls and lot holds in
/// (<c>contracts/host-qms/openapi.yaml</c>), reached with OAuth client credentials. Off unless
/// <see cref="Enabled"/> and <see cref="BaseUrl"/> are set; then nothing is queued for a host.
/// </summary>
public sealed class HostQmsOptions
{
    public bool Enabled { get; set; }

    /// <summary>The host API's base address; the contract's paths are relative to it.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The host's OAuth 2.0 token endpoint (client credentials grant).</summary>
    public Uri? TokenEndpoint { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Never logged; sent only to <see cref="TokenEndpoint"/>.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Space-separated scopes to ask for; empty asks for the client's default scopes.</summary>
    public string? Scope { get; set; }

    /// <summary>
    /// AmConnector's own public address, for the link to the notice in a change control
    /// (e.g. <c>https://amconnector.example.com</c>). Empty: the link is relative to it.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>A token is refreshed this long before it expires, so no call carries one that lapses on the way.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Whether this instance runs <see cref="HostQmsJobWorker"/>. Jobs are still written when false,
    /// for another instance (or a test) to carry out.
    /// </summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>How often the worker looks for due jobs when nothing woke it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a worker holds a claimed job; longer than one call with its in-call retries.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait after the first failed try; doubled after each further one, up to <see cref="MaxBackoff"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between tries. A host that is down keeps its jobs; they are tried at least this often.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Jobs one pass of the worker claims at most.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;

    /// <summary>Quick retries inside one call (5xx, 408, 429, transport errors); only for GETs and requests with an Idempotency-Key.</summary>
    [Range(1, 10)]
    public int CallRetries { get; set; } = 2;

    /// <summary>The first quick retry's wait (exponential with jitter after it).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan CallRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Time limit of one HTTP try.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time limit of one call with its quick retries.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>True when jobs are written and carried out.</summary>
    public bool IsActive => Enabled && BaseUrl is not null;
}
