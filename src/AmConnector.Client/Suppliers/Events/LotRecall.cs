namespace AmConnector.Client.Suppliers.Events;

/// <summary>The data of <c>am.lot.recalled</c>: the lot moves to Recalled.</summary>
public sealed record LotRecall
{
    public required string CatalogueNumber { get; init; }

    public required string LotNumber { get; init; }

    public required string Reason { get; init; }

    public DateOnly? RecalledOn { get; init; }
}
