namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// Wakes this instance's dispatcher when an outbox message has been committed here, so the first
/// attempt follows the commit within moments instead of at the next poll. Other instances'
/// messages are found by the poll.
/// </summary>
internal sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every message committed before it.
        }
    }

    public void Dispose() => _signal.Dispose();

    /// <summary>Returns when notified or when <paramref name="timeout"/> has passed on <paramref name="clock"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signalled = _signal.WaitAsync(stop.Token);
        var elapsed = Task.Delay(timeout, clock, stop.Token);
        await Task.WhenAny(signalled, elapsed);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
