namespace AmConnector.Client.Receiving.Events;

/// <summary>A lot a change notice names or covers.</summary>
public sealed record AffectedLot(Guid LotId, string CatalogueNumber, string LotNumber, string Status, bool HoldProposed);
