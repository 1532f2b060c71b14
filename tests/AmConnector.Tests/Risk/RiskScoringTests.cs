using AmConnector.Risk;

namespace AmConnector.Tests.Risk;

public sealed class RiskScoringTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2, 3, 6)]
    [InlineData(5, 5, 25)]
    public void A_hazard_without_residual_values_scores_probability_times_severity(int probability, int severity, int expected) =>
        Assert.Equal(expected, RiskScoring.Score(new RiskHazard { Probability = probability, Severity = severity }));

    [Fact]
    public void Residual_values_replace_the_raw_ones_once_both_are_given()
    {
        var hazard = new RiskHazard { Probability = 5, Severity = 5, ResidualProbability = 1, ResidualSeverity = 5 };

        Assert.Equal(5, RiskScoring.Score(hazard));
    }

    [Fact]
    public void One_residual_value_alone_is_not_a_mitigation()
    {
        var hazard = new RiskHazard { Probability = 4, Severity = 4, ResidualProbability = 1 };

        Assert.Equal(16, RiskScoring.Score(hazard));
    }

    [Theory]
    [InlineData(0, RiskLevel.Low)]
    [InlineData(6, RiskLevel.Low)]
    [InlineData(8, RiskLevel.Medium)]
    [InlineData(12, RiskLevel.Medium)]
    [InlineData(15, RiskLevel.High)]
    [InlineData(25, RiskLevel.High)]
    public void The_level_follows_the_bands_of_domain_5_3(int highest, RiskLevel expected) =>
        Assert.Equal(expected, RiskScoring.Level(highest));

    [Fact]
    public void Derive_scores_every_hazard_and_takes_the_level_from_the_highest()
    {
        var assessment = new RiskAssessment
        {
            Hazards =
            [
                new RiskHazard { Category = HazardCategory.AdventitiousAgent, Probability = 3, Severity = 5 },
                new RiskHazard { Category = HazardCategory.ImpurityOrToxicity, Probability = 2, Severity = 3 },
            ],
        };

        RiskScoring.Derive(assessment);

        Assert.Equal([15, 6], assessment.Hazards.Select(h => h.Score));
        Assert.Equal(15, assessment.HighestScore);
        Assert.Equal(RiskLevel.High, assessment.Level);
    }

    [Fact]
    public void An_assessment_without_hazards_is_low_with_score_zero()
    {
        var assessment = new RiskAssessment { HighestScore = 20, Level = RiskLevel.High };

        RiskScoring.Derive(assessment);

        Assert.Equal(0, assessment.HighestScore);
        Assert.Equal(RiskLevel.Low, assessment.Level);
    }
}
