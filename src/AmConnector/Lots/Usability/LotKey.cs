namespace AmConnector.Lots.Usability;

/// <summary>A lot by its natural key, as a LIMS knows it.</summary>
public sealed class LotKey
{
    public string SupplierCode { get; set; } = "";

    public string CatalogueNumber { get; set; } = "";

    public string LotNumber { get; set; } = "";
}
