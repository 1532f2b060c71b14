namespace AmConnector.Client.Suppliers.Events;

/// <summary>
/// The data of <c>am.product-information.updated</c>: the supplier-owned fields of a material; only
/// what is set is sent. Enumerated fields take the schema's names (e.g. <c>Category</c> <c>Serum</c>).
/// </summary>
public sealed record ProductInformationUpdate
{
    public required string CatalogueNumber { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public string? Category { get; init; }

    public string? Origin { get; init; }

    public string? AnimalOriginStatus { get; init; }

    public string? Species { get; init; }

    public string? Tissue { get; init; }

    public IReadOnlyList<string>? CountriesOfOrigin { get; init; }

    public string? Grade { get; init; }

    public int? ShelfLifeMonths { get; init; }

    public StorageConditions? Storage { get; init; }

    public IReadOnlyList<CompositionLine>? Composition { get; init; }

    public DrugMasterFile? Dmf { get; init; }
}
