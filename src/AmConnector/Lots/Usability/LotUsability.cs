namespace AmConnector.Lots.Usability;

/// <summary>The verdict for one lot, with every reason; an unknown lot is NotUsable with <c>LOT_NOT_FOUND</c>.</summary>
public sealed class LotUsability
{
    public string SupplierCode { get; set; } = "";

    public string CatalogueNumber { get; set; } = "";

    public string LotNumber { get; set; } = "";

    public Guid? LotId { get; set; }

    /// <summary>The use (process step) asked about, if any.</summary>
    public string? Use { get; set; }

    public Usability Verdict { get; set; }

    public DateOnly EvaluatedOn { get; set; }

    public List<UsabilityReason> Reasons { get; set; } = [];
}
