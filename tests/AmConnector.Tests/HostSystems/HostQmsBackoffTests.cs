using AmConnector.HostSystems;

namespace AmConnector.Tests.HostSystems;

public sealed class HostQmsBackoffTests
{
    private static readonly HostQmsOptions Options = new() { FirstBackoff = TimeSpan.FromSeconds(30), MaxBackoff = TimeSpan.FromMinutes(10) };

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(5, 480)]
    [InlineData(6, 600)]
    [InlineData(1000, 600)]
    public void After_Attempts_DoublesUpToTheCap(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), HostQmsBackoff.After(attempts, Options));
}
