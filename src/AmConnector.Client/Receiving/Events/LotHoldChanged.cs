namespace AmConnector.Client.Receiving.Events;

/// <summary><c>am.lot.hold-changed</c>: a hold was placed on or lifted from a lot (<see cref="Change"/>: placed, lifted).</summary>
public sealed record LotHoldChanged(
    Guid LotId, string SupplierCode, string CatalogueNumber, string LotNumber, Guid HoldId, string Change, string Reason, string Source, int ActiveHolds);
