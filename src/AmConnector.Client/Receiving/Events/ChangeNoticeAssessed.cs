namespace AmConnector.Client.Receiving.Events;

/// <summary><c>am.change-notice.assessed</c>: QA decided (Accepted, AcceptedWithActions, Rejected).</summary>
public sealed record ChangeNoticeAssessed(
    NoticeReference Notice,
    string Level,
    string Area,
    string Decision,
    string Impact,
    IReadOnlyList<string> Actions,
    string Reason,
    string AssessedBy,
    DateTimeOffset AssessedAt,
    string? HostChangeControlReference,
    LeadTime LeadTime,
    AffectedRecords Affected);
