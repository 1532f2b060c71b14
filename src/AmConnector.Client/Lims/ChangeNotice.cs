namespace AmConnector.Client.Lims;

/// <summary>A supplier's change notice as the OData <c>ChangeNotices</c> set lists it (summary fields).</summary>
public sealed record ChangeNotice(
    Guid Id,
    string SupplierCode,
    string SupplierReference,
    int Version,
    string Area,
    string Level,
    string Title,
    string? Description,
    IReadOnlyList<string> AffectedCatalogueNumbers,
    DateTimeOffset NotifiedAt,
    DateOnly? PlannedImplementationOn,
    int? LeadTimeDays,
    string Status,
    string? StatusReason);
