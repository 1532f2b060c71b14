using AmConnector.Certificates;
using AmConnector.Demo;
using AmConnector.Risk;

namespace AmConnector.Tests.Demo;

public sealed class DemoSetTests
{
    private static readonly DemoSet Demo = DemoSet.Build(new DateOnly(2026, 3, 15));

    /// <summary>The tiers column of domain.md §7, by demo key.</summary>
    [Theory]
    [InlineData("FBS", 4)]
    [InlineData("HABS", 4)]
    [InlineData("HSA", 1)]
    [InlineData("RHSA", 2)]
    [InlineData("IL2", 1)]
    [InlineData("IL7", 2)]
    [InlineData("IL15", 2)]
    [InlineData("GMCSF", 2)]
    [InlineData("BEADS", 2)]
    [InlineData("FN", 2)]
    [InlineData("DMSO", 3)]
    [InlineData("TRYP", 4)]
    [InlineData("RTRYP", 2)]
    [InlineData("COLL", 2)]
    [InlineData("NUC", 2)]
    [InlineData("TCM", 2)]
    [InlineData("PEI", 3)]
    [InlineData("PDNA", 2)]
    [InlineData("LV", 3)]
    public void Build_SampleTable_DerivesTheTierOfTheTable(string key, int tier)
    {
        var material = Demo.Materials[key];

        Assert.Equal(tier, material.Tier.Derived);
        Assert.StartsWith($"Tier {tier}:", material.Tier.Rule, StringComparison.Ordinal);
        Assert.Equal(material.Tier.Override ?? tier, material.Tier.Effective);
    }

    [Fact]
    public void Build_AnyDay_DatesFollowTheDay()
    {
        var later = DemoSet.Build(new DateOnly(2030, 1, 1));

        Assert.Equal(Demo.Lots.Count, later.Lots.Count);
        Assert.All(later.Lots.Values, l => Assert.Equal(
            Demo.Lots[l.LotNumber].ExpiresOn!.Value.DayNumber - Demo.Today.DayNumber, l.ExpiresOn!.Value.DayNumber - later.Today.DayNumber));
    }

    [Fact]
    public void Build_Coas_FailingLinesAreOutsideTheirSpecification()
    {
        var failing = Demo.Certificates.SelectMany(c => c.Results).Where(r => r.Verdict == LineVerdict.Fail).ToList();

        Assert.Equal(3, failing.Count);
        Assert.Contains(failing, r => r.VerdictReason!.StartsWith("Fails: user specification", StringComparison.Ordinal));
        Assert.All(Demo.Certificates.Where(c => c.Type == CertificateType.CertificateOfAnalysis).SelectMany(c => c.Results),
            r => Assert.NotEqual(LineVerdict.NotEvaluated, r.Verdict));
    }

    [Fact]
    public void Build_RiskAssessments_LevelsAreDerivedAndMixed()
    {
        Assert.All(Demo.RiskAssessments, a => Assert.Equal(RiskScoring.Level(a.Hazards.Max(RiskScoring.Score)), a.Level));
        Assert.Equal(Enum.GetValues<RiskLevel>(), Demo.RiskAssessments.Select(a => a.Level).Distinct().Order());
    }

    [Fact]
    public void Build_ShortNotice_ShortfallIsRequiredMinusLeadTime()
    {
        var shortNotice = Assert.Single(Demo.ChangeNotices, n => n.LeadTimeShortfallDays is not null);

        Assert.Equal(60, shortNotice.LeadTimeDays);
        Assert.Equal(180, shortNotice.RequiredLeadTimeDays);
        Assert.Equal(120, shortNotice.LeadTimeShortfallDays);
    }
}
