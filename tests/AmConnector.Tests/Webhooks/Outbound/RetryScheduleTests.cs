using AmConnector.Webhooks.Outbound;

namespace AmConnector.Tests.Webhooks.Outbound;

public sealed class RetryScheduleTests
{
    private static readonly WebhookOptions Options = new();

    [Fact]
    public void NextDelay_DefaultSchedule_FollowsItWithinTwentyPercent()
    {
        for (var step = 0; step < WebhookOptions.DefaultRetrySchedule.Count; step++)
        {
            var planned = WebhookOptions.DefaultRetrySchedule[step];
            Assert.Equal(planned * 0.8, RetrySchedule.NextDelay(Options, step, null, 0.0));
            Assert.Equal(planned, RetrySchedule.NextDelay(Options, step, null, 0.5));
            Assert.InRange(RetrySchedule.NextDelay(Options, step, null, 0.999999)!.Value, planned, planned * 1.2);
        }
    }

    [Fact]
    public void NextDelay_AfterTheLastStep_IsNull() => Assert.Null(RetrySchedule.NextDelay(Options, 7, null, 0.5));

    [Fact]
    public void NextDelay_RetryAfter_ReplacesTheWaitWithinBounds()
    {
        Assert.Equal(TimeSpan.FromSeconds(120), RetrySchedule.NextDelay(Options, 0, TimeSpan.FromSeconds(120), 0.5));
        Assert.Equal(TimeSpan.FromSeconds(1), RetrySchedule.NextDelay(Options, 3, TimeSpan.FromSeconds(-5), 0.5));
        Assert.Equal(TimeSpan.FromDays(1), RetrySchedule.NextDelay(Options, 3, TimeSpan.FromDays(30), 0.5));
    }

    [Fact]
    public void NextDelay_ConfiguredSchedule_ReplacesTheDefault()
    {
        var options = new WebhookOptions { RetrySchedule = [TimeSpan.FromMinutes(1)], RetryJitter = 0 };

        Assert.Equal(TimeSpan.FromMinutes(1), RetrySchedule.NextDelay(options, 0, null, 0.9));
        Assert.Null(RetrySchedule.NextDelay(options, 1, null, 0.9));
    }
}
