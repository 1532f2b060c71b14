using AmConnector.Common;
using AmConnector.Materials;
using AmConnector.Suppliers;

namespace AmConnector.ChangeNotices;

/// <summary>
/// A supplier's change notification (ISO 20399 Clause 11) and the user's assessment of it.
/// The row holds the current version; every received version is kept in <see cref="Versions"/>.
/// </summary>
public sealed class ChangeNotice : AmEntity, ISupplierOwned, Signatures.ISignable, AuditTrail.IAudited
{
    public Guid SupplierId { get; set; }

    public Supplier? Supplier { get; set; }

    public string SupplierCode { get; set; } = "";

    /// <summary>The supplier's own reference; with <see cref="SupplierCode"/> the natural key.</summary>
    public string SupplierReference { get; set; } = "";

    /// <summary>The supplier's revision number; a revision carries a higher one.</summary>
    public int Version { get; set; } = 1;

    public ChangeArea Area { get; set; }

    public ChangeLevel Level { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public string? Rationale { get; set; }

    public string? CurrentState { get; set; }

    public string? ProposedState { get; set; }

    public List<string> AffectedCatalogueNumbers { get; set; } = [];

    public List<string> AffectedLotNumbers { get; set; } = [];

    /// <summary>The user's materials the notice resolved to.</summary>
    public List<Material> AffectedMaterials { get; set; } = [];

    public DateTimeOffset NotifiedAt { get; set; }

    public DateOnly? PlannedImplementationOn { get; set; }

    /// <summary>Last order date of a discontinuation.</summary>
    public DateOnly? LastOrderOn { get; set; }

    public DateOnly? LastShipOn { get; set; }

    public string? ProposedAlternative { get; set; }

    public string? FirstAffectedLotOrDate { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public List<DocumentReference> SupportingDocuments { get; set; } = [];

    /// <summary><c>PlannedImplementationOn − NotifiedAt</c> in days; derived.</summary>
    public int? LeadTimeDays { get; set; }

    /// <summary>Minimum notice the quality agreement (or the site default) requires; derived.</summary>
    public int? RequiredLeadTimeDays { get; set; }

    /// <summary>Days short of the required notice; null when the notice was in time. Derived, never a refusal.</summary>
    public int? LeadTimeShortfallDays { get; set; }

    /// <summary>Flagged for immediate triage (Emergency level).</summary>
    public bool RequiresImmediateTriage { get; set; }

    /// <summary>Data-package items the area and level require but the supplier did not send; derived on receipt and on every revision.</summary>
    public List<MissingItem> MissingItems { get; set; } = [];

    public ChangeNoticeStatus Status { get; set; } = ChangeNoticeStatus.Received;

    /// <summary>Why the notice last changed status (a transition's reason, a revision, a withdrawal). The supplier sees it.</summary>
    public string? StatusReason { get; set; }

    /// <summary>What the site asked the supplier for, oldest first. The supplier sees it.</summary>
    public List<InformationRequest> InformationRequests { get; set; } = [];

    // Oblivious, not non-nullable: OData's model builder reads the nullable annotations, and these two
    // are written as null to a supplier's caller, so the CSDL must declare them nullable. Never null here.
#nullable disable annotations

    /// <summary>The site's impact resolution; null for a supplier's caller (see <see cref="SupplierHiddenPropertySerializer"/>).</summary>
    public ImpactProposal Proposal { get; set; } = new();

    /// <summary>QA's assessment; null for a supplier's caller.</summary>
    public NoticeAssessment Assessment { get; set; } = new();

#nullable restore annotations

    public List<ChangeNoticeVersion> Versions { get; set; } = [];

    /// <summary>The people's signatures on QA's decision (domain.md §5.7).</summary>
    public List<Signatures.Signature> Signatures { get; set; } = [];

    /// <summary>This record's audit events (read-only; <c>$expand=AuditHistory</c> needs <c>audit.read</c>).</summary>
    public List<AuditTrail.AuditEvent> AuditHistory { get; set; } = [];
}
