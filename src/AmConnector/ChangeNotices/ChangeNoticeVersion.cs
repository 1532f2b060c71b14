using AmConnector.Common;

namespace AmConnector.ChangeNotices;

/// <summary>One received version of a change notice, kept verbatim so every revision stays visible.</summary>
public sealed class ChangeNoticeVersion : AmEntity
{
    public Guid ChangeNoticeId { get; set; }

    public int Version { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public string? Title { get; set; }

    /// <summary>The supplier's payload for this version, as JSON.</summary>
    public string? Payload { get; set; }
}
