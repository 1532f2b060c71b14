namespace AmConnector.Client.Suppliers.Events;

public sealed record DrugMasterFile
{
    public string? Type { get; init; }

    public string? Number { get; init; }
}
