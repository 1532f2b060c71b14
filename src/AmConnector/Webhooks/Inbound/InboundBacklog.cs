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
        }

        Volatile.Write(ref count, waiting.Count);
    }

    /// <summary>Counts one failed attempt at applying the event; returns how many there have been.</summary>
    public int FailedAttempt(Guid id) => failedAttempts[id] = failedAttempts.GetValueOrDefault(id) + 1;

    public void Clear()
    {
        waiting.Clear();
        failedAttempts.Clear();
        Volatile.Write(ref count, 0);
    }
}
