namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// The stored events waiting to be applied (ADR-020), in the order they were stored: only their ids,
/// since a burst may leave tens of thousands. The writer alone adds and removes; the count is read by
/// the metrics from other threads.
/// </summary>
internal sealed class InboundBacklog
{
    private readonly Queue<Guid> waiting = new();
    private readonly Dictionary<Guid, int> failedAttempts = [];
    private DateTimeOffset? headNotBefore;
    private int count;

    /// <summary>How many stored events wait, as last set by the writer.</summary>
    public int Count => Volatile.Read(ref count);

    public void Add(Guid id)
    {
        waiting.Enqueue(id);
        Volatile.Write(ref count, waiting.Count);
    }

    /// <summary>The ids of the next <paramref name="max"/> waiting events, oldest first, without taking them.</summary>
    public IEnumerable<Guid> Next(int max) => waiting.Take(max);

    /// <summary>Takes the <paramref name="settled"/> oldest events: their outcome is committed.</summary>
    public void Settle(int settled)
    {
        for (var i = 0; i < settled; i++)
        {
            failedAttempts.Remove(waiting.Dequeue());
            headNotBefore = null;
        }

        Volatile.Write(ref count, waiting.Count);
    }

    /// <summary>Counts one failed attempt at applying the event; returns how many there have been.</summary>
    public int FailedAttempt(Guid id) => failedAttempts[id] = failedAttempts.GetValueOrDefault(id) + 1;

    /// <summary>Holds the backlog until <paramref name="retryAt"/>: the oldest event waits for its retry, and those behind it must not overtake it.</summary>
    public void HoldUntil(DateTimeOffset retryAt) => headNotBefore = retryAt;

    /// <summary>How long until the oldest event may be tried: zero when it may now; null when nothing waits.</summary>
    public TimeSpan? DueIn(DateTimeOffset now) => waiting.Count == 0
        ? null
        : headNotBefore is { } at && at > now ? at - now : TimeSpan.Zero;

    public void Clear()
    {
        waiting.Clear();
        failedAttempts.Clear();
        headNotBefore = null;
        Volatile.Write(ref count, 0);
    }
}
