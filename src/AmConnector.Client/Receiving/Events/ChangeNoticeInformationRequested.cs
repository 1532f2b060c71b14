namespace AmConnector.Client.Receiving.Events;

/// <summary><c>am.change-notice.information-requested</c> (to the notice's supplier): the site asks for more.</summary>
public sealed record ChangeNoticeInformationRequested(
    NoticeReference Notice,
    string Level,
    string Area,
    string Status,
    IReadOnlyList<string> Items,
    string Message,
    DateTimeOffset RequestedAt,
    IReadOnlyList<MissingItem> MissingItems);
