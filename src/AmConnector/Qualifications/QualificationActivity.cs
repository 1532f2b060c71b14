using AmConnector.Common;

namespace AmConnector.Qualifications;

/// <summary>One item of the tier-driven qualification checklist (domain.md §5.1).</summary>
public sealed class QualificationActivity : AmEntity
{
    public Guid QualificationId { get; set; }

    public QualificationActivityKind Kind { get; set; }

    public ActivityStatus Status { get; set; } = ActivityStatus.Open;

    public string? EvidenceReference { get; set; }

    /// <summary>Required when the activity is waived.</summary>
    public string? WaiverReason { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? CompletedBy { get; set; }
}
