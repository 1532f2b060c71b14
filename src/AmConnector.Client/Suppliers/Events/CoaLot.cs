namespace AmConnector.Client.Suppliers.Events;

/// <summary>A lot a CoA covers; lots the site does not know yet are created in Quarantine.</summary>
public sealed record CoaLot
{
    public required string LotNumber { get; init; }

    public DateOnly? ManufacturedOn { get; init; }

    public DateOnly? ExpiresOn { get; init; }

    public DateOnly? RetestOn { get; init; }
}
