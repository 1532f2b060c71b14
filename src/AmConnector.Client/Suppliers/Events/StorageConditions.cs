namespace AmConnector.Client.Suppliers.Events;

public sealed record StorageConditions
{
    public decimal? MinTemperatureCelsius { get; init; }

    public decimal? MaxTemperatureCelsius { get; init; }

    public bool? ProtectFromLight { get; init; }

    public string? Conditions { get; init; }
}
