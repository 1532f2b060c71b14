using AmConnector.Lots;

namespace AmConnector.ChangeNotices;

/// <summary>An open lot (Quarantine or released, not expired) of an affected material, as the impact resolution found it.</summary>
public sealed class AffectedLot
{
    public Guid LotId { get; set; }

    public string CatalogueNumber { get; set; } = "";

    public string LotNumber { get; set; } = "";

    public LotStatus Status { get; set; }

    public DateOnly? ManufacturedOn { get; set; }

    /// <summary>Named by the notice, or made on or after its change date: the lots a hold is proposed for.</summary>
    public bool HoldProposed { get; set; }
}
