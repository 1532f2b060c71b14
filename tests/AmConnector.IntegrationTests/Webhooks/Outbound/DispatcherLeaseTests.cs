using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Webhooks.Outbound;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.Webhooks.Outbound;

/// <summary>Several dispatchers on one database (ADR-011): leases keep them apart, and expire when an instance dies.</summary>
public sealed class DispatcherLeaseTests
{
    [Fact]
    public async Task Two_dispatchers_on_one_SQLite_file_send_every_delivery_exactly_once()
    {
        await using var first = new WebhookFactory(settings: new Dictionary<string, string> { ["AmConnector:Webhooks:BatchSize"] = "7" });
        await using var second = new WebhookFactory(first);
        using var a = new Receiver();
        using var b = new Receiver();
        await first.RegisterAsync(a.Url);
        await first.RegisterAsync(b.Url);
        _ = second.Services; // start the second instance on the same file
        var messages = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            messages.Add(await first.PublishAsync());
        }

        // Both instances fan out and claim at the same time, each pass after pass, until all is sent.
        async Task RunAsync(WebhookFactory instance)
        {
            for (var pass = 0; pass < 30; pass++)
            {
                await instance.DispatchAsync();
            }
        }

        await Task.WhenAll(Task.Run(() => RunAsync(first)), Task.Run(() => RunAsync(second)));

        foreach (var receiver in new[] { a, b })
        {
            var ids = receiver.Requests.Select(r => Receiver.Header(r, "webhook-id")).ToList();
            Assert.Equal(40, ids.Count);
            Assert.Equal(40, ids.Distinct().Count());
        }

        await using var scope = first.Scope(out var db);
        Assert.Equal(80, await db.WebhookDeliveries.CountAsync());
        Assert.All(await db.WebhookDeliveries.ToListAsync(), d =>
        {
            Assert.Equal(DeliveryStatus.Delivered, d.Status);
            Assert.Equal(1, d.AttemptCount);
        });
    }

    [Fact]
    public async Task A_dispatcher_stopped_while_holding_leases_has_its_work_delivered_after_a_restart()
    {
        using var receiver = new Receiver();
        var first = new WebhookFactory();
        await first.RegisterAsync(receiver.Url);
        for (var i = 0; i < 5; i++)
        {
            await first.PublishAsync();
        }

        // The instance fans out and leases the batch, then dies before sending anything.
        await using (var scope = first.Scope(out var db))
        {
            await WebhookFanOut.RunAsync(db, first.FakeClock.GetUtcNow(), 50, CancellationToken.None);
        }

        var leased = await first.Dispatcher.ClaimAsync(50, TimeSpan.FromMinutes(2), CancellationToken.None);
        Assert.Equal(5, leased.Count);
        await using var restarted = new WebhookFactory(first, takeOverFolder: true);
        await first.DisposeAsync();

        // While the dead instance's leases last, the restarted one leaves them alone.
        Assert.Equal(0, await restarted.DispatchAsync());
        Assert.Empty(receiver.Requests);

        restarted.FakeClock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(5, await restarted.DispatchAsync());
        Assert.Equal(5, receiver.Requests.Select(r => Receiver.Header(r, "webhook-id")).Distinct().Count());
        await using var after = restarted.Scope(out var db2);
        Assert.All(await db2.WebhookDeliveries.ToListAsync(), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
    }

    [Fact]
    public async Task The_hosted_dispatcher_sends_within_a_second_of_the_commit()
    {
        // The fake clock never moves here: only the commit signal can wake the dispatcher.
        await using var factory = new WebhookFactory(settings: new Dictionary<string, string> { ["AmConnector:Webhooks:DispatcherEnabled"] = "true" });
        using var receiver = new Receiver();
        await factory.RegisterAsync(receiver.Url);
        await WarmUpAsync(factory, receiver);

        var committed = DateTime.UtcNow;
        await factory.PublishAsync();
        await OutboundDeliveryTests.WaitUntilAsync(() => receiver.Requests.Count > 1);

        Assert.True(DateTime.UtcNow - committed < TimeSpan.FromSeconds(1), $"first attempt {(DateTime.UtcNow - committed).TotalMilliseconds:0} ms after the commit");
    }

    [Fact]
    public async Task A_message_saved_inside_an_explicit_transaction_wakes_the_dispatcher_when_it_commits()
    {
        await using var factory = new WebhookFactory(settings: new Dictionary<string, string> { ["AmConnector:Webhooks:DispatcherEnabled"] = "true" });
        using var receiver = new Receiver();
        await factory.RegisterAsync(receiver.Url);
        await WarmUpAsync(factory, receiver);

        await using (var scope = factory.Scope(out var db))
        {
            db.Audit.SystemActor = "test";
            await using var transaction = await db.Database.BeginTransactionAsync();
            scope.ServiceProvider.GetRequiredService<AmConnector.Outbox.OutboxWriter>()
                .Add(db, AmConnector.Outbox.EventTypes.LotStatusChanged, "lots/NWB/NB-FBS-500/L-2", new { status = "Released" }, "NWB", "NB-FBS-500");
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var committed = DateTime.UtcNow;
        await OutboundDeliveryTests.WaitUntilAsync(() => receiver.Requests.Count > 1);
        Assert.True(DateTime.UtcNow - committed < TimeSpan.FromSeconds(1), $"first attempt {(DateTime.UtcNow - committed).TotalMilliseconds:0} ms after the commit");
    }

    /// <summary>
    /// One event through the whole path first, so the measured one shows the steady state, not the
    /// first-use cost of this process (JIT, EF query compilation, the HTTP handler).
    /// </summary>
    private static async Task WarmUpAsync(WebhookFactory factory, Receiver receiver)
    {
        await factory.PublishAsync();
        await OutboundDeliveryTests.WaitUntilAsync(() => receiver.Requests.Count > 0);
    }
}
