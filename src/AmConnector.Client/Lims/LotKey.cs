using System.Text.Json.Serialization;

namespace AmConnector.Client.Lims;

/// <summary>A lot by its natural key, as a LIMS knows it. OData reads the names exactly as written here.</summary>
public sealed record LotKey(
    [property: JsonPropertyName("SupplierCode")] string SupplierCode,
    [property: JsonPropertyName("CatalogueNumber")] string CatalogueNumber,
    [property: JsonPropertyName("LotNumber")] string LotNumber);
