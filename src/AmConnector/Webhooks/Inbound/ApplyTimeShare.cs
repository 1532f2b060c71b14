namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// How the writer divides its time between storing senders' events and applying stored ones while
/// senders wait (ADR-020): applying may take at most <see cref="SupplierWebhookOptions.ApplyShareWhileReceiving"/>
/// of it, counted over the last second, so a burst is acknowledged at the store rate and the backlog
/// still moves. When nobody waits, the writer applies without limit. Used by the writer's thread only.
/// </summary>
internal sealed class ApplyTimeShare(double share, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private long windowStart = clock.GetTimestamp();
    private TimeSpan storing;
    private TimeSpan applying;

    public void Stored(TimeSpan elapsed)
    {
        Roll();
        storing += elapsed;
    }

    public void Applied(TimeSpan elapsed)
    {
        Roll();
        applying += elapsed;
    }

    /// <summary>True while applying for <paramref name="more"/> longer keeps it within its share of the window.</summary>
    public bool MayApply(TimeSpan more)
    {
        Roll();
        var applied = applying + more;
        return applied.Ticks <= share * (storing + applied).Ticks;
    }

    private void Roll()
    {
        if (clock.GetElapsedTime(windowStart) >= Window)
        {
            windowStart = clock.GetTimestamp();
            storing = applying = TimeSpan.Zero;
        }
    }
}
