using AmConnector.ChangeNotices;
using AmConnector.Common;
using AmConnector.Suppliers;

namespace AmConnector.Webhooks.Inbound.Handlers;

/// <summary>The data of <c>am.change-notice.published</c> and <c>.revised</c> (one schema, two types).</summary>
internal sealed record ChangeNoticeData(
    string SupplierReference, int Version, ChangeArea Area, ChangeLevel Level, string Title,
    string? Description, string? Rationale, string? CurrentState, string? ProposedState,
    List<string>? AffectedCatalogueNumbers, List<string>? AffectedLotNumbers,
    DateOnly? PlannedImplementationOn, DateOnly? LastOrderOn, DateOnly? LastShipOn,
    string? ProposedAlternative, string? FirstAffectedLotOrDate, ChangeNoticeContact? Contact,
    List<DocumentReference>? SupportingDocuments)
{
    /// <summary>
    /// The notice as the supplier states it. The user was notified when the event arrived here,
    /// not at a time the supplier's clock claims: lead time counts from receipt (domain.md §5.4).
    /// </summary>
    public ChangeNotice ToNotice(Supplier supplier, DateTimeOffset receivedAt) => new()
    {
        SupplierId = supplier.Id,
        SupplierCode = supplier.Code,
        SupplierReference = SupplierReference,
        Version = Version,
        Area = Area,
        Level = Level,
        Title = Title,
        Description = Description,
        Rationale = Rationale,
        CurrentState = CurrentState,
        ProposedState = ProposedState,
        AffectedCatalogueNumbers = AffectedCatalogueNumbers ?? [],
        AffectedLotNumbers = AffectedLotNumbers ?? [],
        NotifiedAt = receivedAt,
        PlannedImplementationOn = PlannedImplementationOn,
        LastOrderOn = LastOrderOn,
        LastShipOn = LastShipOn,
        ProposedAlternative = ProposedAlternative,
        FirstAffectedLotOrDate = FirstAffectedLotOrDate,
        ContactName = Contact?.Name,
        ContactEmail = Contact?.Email,
        SupportingDocuments = SupportingDocuments ?? [],
    };
}

internal sealed record ChangeNoticeContact(string? Name, string? Email);
