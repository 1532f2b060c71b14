using AmConnector.Common;

namespace AmConnector.Risk;

/// <summary>One hazard of a risk assessment, scored probability × severity (1–5 each).</summary>
public sealed class RiskHazard : AmEntity
{
    public Guid RiskAssessmentId { get; set; }

    public HazardCategory Category { get; set; }

    public string? Description { get; set; }

    public int Probability { get; set; }

    public int Severity { get; set; }

    public string? Mitigation { get; set; }

    public int? ResidualProbability { get; set; }

    public int? ResidualSeverity { get; set; }

    /// <summary>Residual probability × severity where given, else the raw product; derived.</summary>
    public int Score { get; set; }
}
