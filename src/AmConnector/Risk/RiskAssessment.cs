using AmConnector.Common;
using AmConnector.Materials;

namespace AmConnector.Risk;

/// <summary>
/// Risk assessment of a material in one use context (ISO 20399 §6). The level follows the
/// highest hazard score (domain.md §5.3).
/// </summary>
public sealed class RiskAssessment : AmEntity, ISupplierOwned, AuditTrail.IAudited
{
    public Guid MaterialId { get; set; }

    public Material? Material { get; set; }

    /// <summary>Owning supplier's code, kept on the row for supplier scoping and filters.</summary>
    public string SupplierCode { get; set; } = "";

    /// <summary>The process step the assessment is for.</summary>
    public string UseContext { get; set; } = "";

    public List<RiskHazard> Hazards { get; set; } = [];

    /// <summary>Highest hazard score, 1–25; derived.</summary>
    public int HighestScore { get; set; }

    public RiskLevel Level { get; set; } = RiskLevel.Low;

    public string? Assessor { get; set; }

    public DateTimeOffset? AssessedAt { get; set; }

    public DateOnly? NextReviewDue { get; set; }

    public string? Summary { get; set; }

    /// <summary>This record's audit events (read-only; <c>$expand=AuditHistory</c> needs <c>audit.read</c>).</summary>
    public List<AuditTrail.AuditEvent> AuditHistory { get; set; } = [];
}
