using AmConnector.Common;
using AmConnector.Materials;

namespace AmConnector.Qualifications;

/// <summary>
/// The user's qualification of a material for one use context (ISO 20399 §9, USP &lt;1043&gt;):
/// the tier-driven activity checklist, performance tests and the lifecycle of domain.md §4.2.
/// </summary>
public sealed class Qualification : AmEntity, ISupplierOwned, Signatures.ISignable, AuditTrail.IAudited
{
    public Guid MaterialId { get; set; }

    public Material? Material { get; set; }

    /// <summary>Owning supplier's code, kept on the row for supplier scoping and filters.</summary>
    public string SupplierCode { get; set; } = "";

    /// <summary>The process step the material is qualified for.</summary>
    public string UseContext { get; set; } = "";

    /// <summary>The material's effective USP &lt;1043&gt; tier when the qualification was started.</summary>
    public int? UspTierAtQualification { get; set; }

    public QualificationStatus Status { get; set; } = QualificationStatus.NotStarted;

    public string? StatusReason { get; set; }

    public string? Conditions { get; set; }

    public DateTimeOffset? QualifiedAt { get; set; }

    public DateOnly? NextReviewDue { get; set; }

    public List<QualificationActivity> Activities { get; set; } = [];

    public List<PerformanceTest> PerformanceTests { get; set; } = [];

    /// <summary>People's signatures on this record (read-only; made by its signed actions).</summary>
    public List<Signatures.Signature> Signatures { get; set; } = [];

    /// <summary>This record's audit events (read-only; <c>$expand=AuditHistory</c> needs <c>audit.read</c>).</summary>
    public List<AuditTrail.AuditEvent> AuditHistory { get; set; } = [];
}
