namespace AmConnector.HostSystems;

/// <summary>What a PlaceLotHold or ReleaseLotHold job needs: the lot's natural key (the route) and the reason.</summary>
internal sealed record LotHoldJobPayload
{
    public string SupplierCode { get; init; } = "";

    public string CatalogueNumber { get; init; } = "";

    public string LotNumber { get; init; } = "";

    public string Reason { get; init; } = "";

    public string? SourceReference { get; init; }

    /// <summary>For a release: the host's hold reference, when known at writing; else the place job's result is used.</summary>
    public string? HoldReference { get; init; }
}
