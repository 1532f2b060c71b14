namespace AmConnector.Client.Lims;

/// <summary>A lot as the OData <c>Lots</c> set lists it (the fields a LIMS uses; the rest stay on the server).</summary>
public sealed record Lot(
    Guid Id,
    Guid MaterialId,
    string SupplierCode,
    string CatalogueNumber,
    string LotNumber,
    DateOnly? ManufacturedOn,
    DateOnly? ExpiresOn,
    DateOnly? RetestOn,
    decimal? Quantity,
    string? QuantityUnit,
    string Status,
    string? StatusReason,
    string? ReleaseConditions);
