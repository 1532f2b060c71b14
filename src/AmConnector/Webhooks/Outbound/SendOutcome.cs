namespace AmConnector.Webhooks.Outbound;

/// <summary>What one HTTP attempt came to.</summary>
internal sealed record SendOutcome(bool Succeeded, int? StatusCode, string? Response, string? Error, double DurationMs, TimeSpan? RetryAfter)
{
    /// <summary>410 Gone: the receiver says it will never want events again.</summary>
    public bool Gone => StatusCode == 410;
}
