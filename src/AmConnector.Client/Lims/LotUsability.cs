namespace AmConnector.Client.Lims;

/// <summary>The verdict for one lot, with every reason that applies; an unknown lot is NotUsable with <c>LOT_NOT_FOUND</c>.</summary>
public sealed record LotUsability(
    string SupplierCode,
    string CatalogueNumber,
    string LotNumber,
    Guid? LotId,
    string? Use,
    UsabilityVerdict Verdict,
    DateOnly EvaluatedOn,
    IReadOnlyList<UsabilityReason> Reasons);
