using AmConnector.HostSystems;
using Microsoft.Extensions.Time.Testing;

namespace AmConnector.Tests.HostSystems;

public sealed class HostQmsSignalTests
{
    [Fact]
    public async Task WaitAsync_Woken_ReturnsBeforeTheTimeout()
    {
        using var signal = new HostQmsSignal();
        signal.Wake();
        signal.Wake();

        await signal.WaitAsync(TimeSpan.FromHours(1), new FakeTimeProvider(), CancellationToken.None);

        Assert.False(signal.TryTake());
    }

    [Fact]
    public async Task WaitAsync_NotWoken_ReturnsWhenThePollIntervalHasPassedOnTheClock()
    {
        using var signal = new HostQmsSignal();
        var clock = new FakeTimeProvider();

        var waiting = signal.WaitAsync(TimeSpan.FromSeconds(30), clock, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(waiting.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));

        await waiting;
    }
}
