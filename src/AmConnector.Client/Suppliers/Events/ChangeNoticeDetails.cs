namespace AmConnector.Client.Suppliers.Events;

/// <summary>
/// The data of <c>am.change-notice.published</c> and <c>am.change-notice.revised</c> (the same shape;
/// a revision carries a higher <see cref="Version"/>). <see cref="Area"/> and <see cref="Level"/> take the
/// names of contracts/events/am.change-notice.published.schema.json, e.g. <c>Process</c>, <c>Level2</c>.
/// </summary>
public sealed record ChangeNoticeDetails
{
    public required string SupplierReference { get; init; }

    public int Version { get; init; } = 1;

    public required string Area { get; init; }

    public required string Level { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public string? Rationale { get; init; }

    public string? CurrentState { get; init; }

    public string? ProposedState { get; init; }

    public IReadOnlyList<string>? AffectedCatalogueNumbers { get; init; }

    public IReadOnlyList<string>? AffectedLotNumbers { get; init; }

    public DateOnly? PlannedImplementationOn { get; init; }

    public DateOnly? LastOrderOn { get; init; }

    public DateOnly? LastShipOn { get; init; }

    public string? ProposedAlternative { get; init; }

    public string? FirstAffectedLotOrDate { get; init; }

    public ContactPerson? Contact { get; init; }

    public IReadOnlyList<DocumentReference>? SupportingDocuments { get; init; }
}
