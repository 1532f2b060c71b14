namespace AmConnector.ChangeNotices;

/// <summary>What AmConnector proposes after resolving a notice's impact (domain.md §5.5).</summary>
public sealed class ImpactProposal
{
    public bool RequalificationProposed { get; set; }

    public bool LotHoldProposed { get; set; }

    /// <summary>Why each proposed action was proposed, in words.</summary>
    public string? Explanation { get; set; }

    public int AffectedLotCount { get; set; }

    public int AffectedQualificationCount { get; set; }
}
