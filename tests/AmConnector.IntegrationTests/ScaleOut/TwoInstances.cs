namespace AmConnector.IntegrationTests.ScaleOut;

/// <summary>
/// Instances A and B of one site, on one SQLite file, configured alike (demo mode: the demo people and
/// applications): A starts first (migrates, seeds the demo data), then B (finds it seeded).
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public ScaleOutSite Site { get; } = new();

    public ScaleOutFactory A { get; private set; } = null!;

    public ScaleOutFactory B { get; private set; } = null!;

    public Task InitializeAsync()
    {
        A = new ScaleOutFactory(Site, seedDemoData: true);
        _ = A.Services;
        B = new ScaleOutFactory(Site, seedDemoData: true);
        _ = B.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        Site.Dispose();
    }
}
