using AmConnector.HostSystems;
using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AmConnector.IntegrationTests.HostSystems;

/// <summary>Without a host QMS configured (the default), nothing is queued for one.</summary>
public sealed class HostQmsDisabledTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    [Fact]
    public async Task Without_a_host_QMS_the_writer_queues_nothing()
    {
        await using var scope = factory.Scope(out var db);
        var writer = factory.Services.GetRequiredService<HostQmsJobWriter>();
        var notice = await db.ChangeNotices.FirstAsync();
        var lot = await db.Lots.FirstAsync();

        Assert.Null(writer.RequestChangeControl(db, notice));
        Assert.Null(writer.RequestLotHold(db, lot, "Under investigation"));
        Assert.Null(writer.RequestLotHoldRelease(db, lot, "Cleared", holdReference: "H-1"));
        Assert.Empty(db.ChangeTracker.Entries<HostQmsJob>());
        Assert.Equal(0, await factory.Services.GetRequiredService<HostQmsJobWorker>().RunOnceAsync(CancellationToken.None));
        Assert.Single(factory.Services.GetServices<IHostedService>().OfType<HostQmsJobWorker>());
    }
}
