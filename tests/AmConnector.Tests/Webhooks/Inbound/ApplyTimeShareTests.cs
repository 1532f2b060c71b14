using AmConnector.Webhooks.Inbound;
using Microsoft.Extensions.Time.Testing;

namespace AmConnector.Tests.Webhooks.Inbound;

/// <summary>While senders wait, applying stored events takes at most its share of the writer's last second (ADR-020).</summary>
public sealed class ApplyTimeShareTests
{
    [Fact]
    public void Applying_may_take_its_share_of_the_time_spent_and_no_more()
    {
        var clock = new FakeTimeProvider();
        var share = new ApplyTimeShare(0.2, clock);

        share.Stored(TimeSpan.FromMilliseconds(80));

        Assert.True(share.MayApply(TimeSpan.FromMilliseconds(20)));
        Assert.False(share.MayApply(TimeSpan.FromMilliseconds(21)));
        share.Applied(TimeSpan.FromMilliseconds(20));
        Assert.False(share.MayApply(TimeSpan.FromMilliseconds(1)));
        share.Stored(TimeSpan.FromMilliseconds(8));
        Assert.True(share.MayApply(TimeSpan.FromMilliseconds(2)));
    }

    [Fact]
    public void Nothing_stored_yet_allows_no_applying_while_senders_wait()
    {
        var share = new ApplyTimeShare(0.2, new FakeTimeProvider());

        Assert.True(share.MayApply(TimeSpan.Zero));
        Assert.False(share.MayApply(TimeSpan.FromMilliseconds(1)));
    }

    [Fact]
    public void A_new_second_starts_a_new_count()
    {
        var clock = new FakeTimeProvider();
        var share = new ApplyTimeShare(0.2, clock);
        share.Stored(TimeSpan.FromMilliseconds(10));
        share.Applied(TimeSpan.FromMilliseconds(50));
        Assert.False(share.MayApply(TimeSpan.Zero));

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(share.MayApply(TimeSpan.Zero));
    }
}
