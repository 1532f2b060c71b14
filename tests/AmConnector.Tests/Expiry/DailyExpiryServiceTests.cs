using AmConnector.Expiry;

namespace AmConnector.Tests.Expiry;

public sealed class DailyExpiryServiceTests
{
    [Theory]
    [InlineData("2026-11-28T02:45:00Z", "21:15:05")]
    [InlineData("2026-11-28T23:59:59Z", "00:00:06")]
    [InlineData("2026-11-28T00:00:05Z", "1.00:00:00")]
    [InlineData("2026-11-28T13:00:00+05:00", "16:00:05")]
    public void UntilNextUtcMidnight_AnyTime_WaitsUntilJustAfterTheNextUtcMidnight(string now, string expected) =>
        Assert.Equal(TimeSpan.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            DailyExpiryService.UntilNextUtcMidnight(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
}
