namespace AmConnector.Client.Receiving.Events;

/// <summary><c>am.change-notice.acknowledged</c> (to the notice's supplier): the site received (or triaged) the notice.</summary>
public sealed record ChangeNoticeAcknowledged(
    NoticeReference Notice,
    string Level,
    string Area,
    string Stage,
    string Status,
    DateTimeOffset AcknowledgedAt,
    LeadTime LeadTime,
    IReadOnlyList<MissingItem> MissingItems);
