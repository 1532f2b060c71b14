using AmConnector.ChangeNotices;
using AmConnector.Suppliers;

namespace AmConnector.Tests.ChangeNotices;

/// <summary>Lead time of domain.md §5.4 on fixed dates: agreement first, then the site default; short notices flagged, never refused.</summary>
public sealed class LeadTimeCheckTests
{
    private static readonly DateTimeOffset NotifiedAt = new(2026, 3, 1, 23, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(ChangeArea.Process, ChangeLevel.Level1, 100, 90, null)]
    [InlineData(ChangeArea.Process, ChangeLevel.Level2, 100, 180, 80)]
    [InlineData(ChangeArea.Site, ChangeLevel.Level3, 179, 180, 1)]
    [InlineData(ChangeArea.Site, ChangeLevel.Level3, 180, 180, null)]
    [InlineData(ChangeArea.Discontinuation, ChangeLevel.Level1, 300, 365, 65)]
    [InlineData(ChangeArea.Discontinuation, ChangeLevel.Level0, 10, null, null)]
    [InlineData(ChangeArea.Process, ChangeLevel.Emergency, 0, null, null)]
    public void Apply_WithoutAgreementDays_UsesSiteDefaults(ChangeArea area, ChangeLevel level, int days, int? required, int? shortfall)
    {
        var notice = Notice(area, level, days);

        LeadTimeCheck.Apply(notice, new QualityAgreement(), new ChangeNoticeOptions());

        Assert.Equal((days, required, shortfall), (notice.LeadTimeDays!.Value, notice.RequiredLeadTimeDays, notice.LeadTimeShortfallDays));
        Assert.Equal(level == ChangeLevel.Emergency, notice.RequiresImmediateTriage);
    }

    [Fact]
    public void Apply_AgreementDays_OverrideDefaults()
    {
        var notice = Notice(ChangeArea.Process, ChangeLevel.Level1, 100);

        LeadTimeCheck.Apply(notice, new QualityAgreement { Level1NoticeDays = 120 }, new ChangeNoticeOptions { Level1NoticeDays = 30 });

        Assert.Equal(120, notice.RequiredLeadTimeDays);
        Assert.Equal(20, notice.LeadTimeShortfallDays);
    }

    [Fact]
    public void Apply_NoPlannedDate_NoLeadTimeAndNoShortfall()
    {
        var notice = Notice(ChangeArea.Process, ChangeLevel.Level2, 0);
        notice.PlannedImplementationOn = null;

        LeadTimeCheck.Apply(notice, null, new ChangeNoticeOptions());

        Assert.Null(notice.LeadTimeDays);
        Assert.Null(notice.LeadTimeShortfallDays);
        Assert.Equal(180, notice.RequiredLeadTimeDays);
    }

    /// <summary>Days are counted between UTC calendar dates: a notice at 23:30 counts from that day.</summary>
    private static ChangeNotice Notice(ChangeArea area, ChangeLevel level, int days) => new()
    {
        Area = area,
        Level = level,
        NotifiedAt = NotifiedAt,
        PlannedImplementationOn = new DateOnly(2026, 3, 1).AddDays(days),
    };
}
