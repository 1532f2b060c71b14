namespace AmConnector.HostSystems;

/// <summary>Wakes <see cref="HostQmsJobWorker"/> when a job was committed, so it need not wait for its next poll.</summary>
internal sealed class HostQmsSignal : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken; one pass takes every due job.
        }
    }

    /// <summary>Takes a pending wake-up without waiting; true if there was one.</summary>
    public bool TryTake() => _wake.Wait(0);

    public void Dispose() => _wake.Dispose();

    /// <summary>Waits until woken or until <paramref name="timeout"/> has passed on <paramref name="clock"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var delay = clock.CreateTimer(_ => timer.Cancel(), null, timeout, Timeout.InfiniteTimeSpan);
        try
        {
            await _wake.WaitAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed.
        }
    }
}
