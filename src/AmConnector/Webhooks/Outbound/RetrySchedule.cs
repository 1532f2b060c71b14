namespace AmConnector.Webhooks.Outbound;

/// <summary>When the next attempt of a failed delivery is due, or null when retries are exhausted.</summary>
internal static class RetrySchedule
{
    /// <param name="options">The schedule, jitter and Retry-After cap.</param>
    /// <param name="retryStep">Failures before this one since the delivery was created or replayed: the schedule position.</param>
    /// <param name="retryAfter">The receiver's Retry-After (429/503), which replaces the schedule's wait for this retry.</param>
    /// <param name="random">A number in [0, 1) for the jitter.</param>
    public static TimeSpan? NextDelay(WebhookOptions options, int retryStep, TimeSpan? retryAfter, double random)
    {
        var schedule = options.Schedule;
        if (retryStep >= schedule.Count)
        {
            return null;
        }

        if (retryAfter is { } asked)
        {
            return asked < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : asked > options.MaxRetryAfter ? options.MaxRetryAfter : asked;
        }

        // random in [0, 1) → a factor in [1 - jitter, 1 + jitter).
        var factor = 1 + options.RetryJitter * (2 * random - 1);
        return TimeSpan.FromTicks((long)(schedule[retryStep].Ticks * factor));
    }
}
