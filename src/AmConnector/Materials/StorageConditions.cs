namespace AmConnector.Materials;

public sealed class StorageConditions
{
    public decimal? MinTemperatureCelsius { get; set; }

    public decimal? MaxTemperatureCelsius { get; set; }

    public bool ProtectFromLight { get; set; }

    public string? Conditions { get; set; }
}
