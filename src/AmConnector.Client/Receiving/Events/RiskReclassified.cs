namespace AmConnector.Client.Receiving.Events;

/// <summary><c>am.risk.reclassified</c>: a material's risk class changed (Low, Medium, High).</summary>
public sealed record RiskReclassified(
    Guid RiskAssessmentId, Guid MaterialId, string SupplierCode, string CatalogueNumber, string From, string To, int HighestScore,
    IReadOnlyList<Guid> RequalifiedQualifications);
