using Microsoft.Extensions.Time.Testing;

namespace AmConnector.IntegrationTests.Infrastructure;

/// <summary>The in-process server on a fake clock the test advances: expiry, tolerance and overlap without waiting.</summary>
public sealed class ClockedFactory(FakeTimeProvider clock) : AmConnectorFactory
{
    public FakeTimeProvider TestClock => clock;

    protected override TimeProvider? Clock => clock;
}
