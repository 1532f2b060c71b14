using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace AmConnector.IntegrationTests.Signatures;

/// <summary>The standard test server on a fake clock, so a test can let a sign-in grow old without sleeping.</summary>
public class SignatureFactory : AmConnectorFactory
{
    public FakeTimeProvider TestClock { get; } = new(DateTimeOffset.UtcNow);

    protected override TimeProvider? Clock => TestClock;
}
