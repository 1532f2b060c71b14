using AmConnector.Common;

namespace AmConnector.Lots;

/// <summary>
/// A hold on a lot, independent of its status so several can stand at once. A lot with an
/// active (not lifted) hold is not usable.
/// </summary>
public sealed class LotHold : AmEntity
{
    public Guid LotId { get; set; }

    public string Reason { get; set; } = "";

    public HoldSource Source { get; set; }

    /// <summary>E.g. the change notice's or deviation's reference.</summary>
    public string? SourceReference { get; set; }

    public string PlacedBy { get; set; } = "";

    public DateTimeOffset PlacedAt { get; set; }

    public string? LiftedBy { get; set; }

    public DateTimeOffset? LiftedAt { get; set; }

    public string? LiftReason { get; set; }
}
