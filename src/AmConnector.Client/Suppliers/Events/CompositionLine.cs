namespace AmConnector.Client.Suppliers.Events;

public sealed record CompositionLine
{
    public required string Component { get; init; }

    public decimal? Quantity { get; init; }

    public string? Unit { get; init; }

    public bool? Proprietary { get; init; }
}
