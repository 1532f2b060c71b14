namespace AmConnector.Risk;

/// <summary>Risk scoring of domain.md §5.3: score = probability × severity, level from the highest score.</summary>
internal static class RiskScoring
{
    /// <summary>Residual probability × severity where both are given, else the raw product.</summary>
    public static int Score(RiskHazard hazard) =>
        hazard is { ResidualProbability: { } p, ResidualSeverity: { } s } ? p * s : hazard.Probability * hazard.Severity;

    /// <summary>≤ 6 Low, 8–12 Medium, ≥ 15 High (scores 7, 13 and 14 cannot occur on a 5 × 5 grid).</summary>
    public static RiskLevel Level(int highestScore) => highestScore switch
    {
        >= 15 => RiskLevel.High,
        >= 8 => RiskLevel.Medium,
        _ => RiskLevel.Low,
    };

    public static void Derive(RiskAssessment assessment)
    {
        foreach (var hazard in assessment.Hazards)
        {
            hazard.Score = Score(hazard);
        }

        assessment.HighestScore = assessment.Hazards.Count == 0 ? 0 : assessment.Hazards.Max(h => h.Score);
        assessment.Level = Level(assessment.HighestScore);
    }
}
