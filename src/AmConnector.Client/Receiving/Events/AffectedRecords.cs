namespace AmConnector.Client.Receiving.Events;

/// <summary>What a change notice touches at the site.</summary>
public sealed record AffectedRecords(
    IReadOnlyList<string> CatalogueNumbers,
    IReadOnlyList<string> UnmatchedCatalogueNumbers,
    IReadOnlyList<string> LotNumbers,
    IReadOnlyList<AffectedLot> Lots,
    IReadOnlyList<Guid> QualificationIds,
    IReadOnlyList<Guid> RiskAssessmentIds);
