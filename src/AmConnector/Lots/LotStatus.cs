namespace AmConnector.Lots;

/// <summary>Lot lifecycle (domain.md §4.1).</summary>
public enum LotStatus
{
    Quarantine,
    Released,
    ConditionallyReleased,
    Rejected,
    Expired,
    Recalled,
    Consumed,
}
