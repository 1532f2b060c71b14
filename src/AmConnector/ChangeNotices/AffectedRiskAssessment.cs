using AmConnector.Risk;

namespace AmConnector.ChangeNotices;

/// <summary>A risk assessment of an affected material, as the impact resolution found it.</summary>
public sealed class AffectedRiskAssessment
{
    public Guid RiskAssessmentId { get; set; }

    public string CatalogueNumber { get; set; } = "";

    public string UseContext { get; set; } = "";

    public RiskLevel Level { get; set; }
}
