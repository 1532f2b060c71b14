namespace AmConnector.ChangeNotices;

/// <summary>
/// What AmConnector proposes after resolving a notice's impact (domain.md §5.5), recomputed on
/// receipt and on every revision. The site's own evaluation: not visible to the supplier.
/// </summary>
public sealed class ImpactProposal
{
    public bool RequalificationProposed { get; set; }

    public bool LotHoldProposed { get; set; }

    /// <summary>Why each proposed action was proposed, in words.</summary>
    public string? Explanation { get; set; }

    public int AffectedLotCount { get; set; }

    public int AffectedQualificationCount { get; set; }

    /// <summary>Each proposed action with its reason.</summary>
    public List<ProposedAction> Actions { get; set; } = [];

    /// <summary>Open lots of the affected materials.</summary>
    public List<AffectedLot> AffectedLots { get; set; } = [];

    public List<AffectedQualification> AffectedQualifications { get; set; } = [];

    public List<AffectedRiskAssessment> AffectedRiskAssessments { get; set; } = [];

    /// <summary>Catalogue numbers the notice names that match none of the site's materials of this supplier.</summary>
    public List<string> UnmatchedCatalogueNumbers { get; set; } = [];

    /// <summary>When the impact was last resolved (receipt or revision).</summary>
    public DateTimeOffset? ResolvedAt { get; set; }
}
