namespace AmConnector.Client.Receiving.Events;

/// <summary><c>am.lot.status-changed</c>: a lot moved in its lifecycle (e.g. Quarantine → Released).</summary>
public sealed record LotStatusChanged(
    Guid LotId, string SupplierCode, string CatalogueNumber, string LotNumber, string From, string To, string Reason, string? Conditions);
