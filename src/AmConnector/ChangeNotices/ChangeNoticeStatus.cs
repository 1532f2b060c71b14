namespace AmConnector.ChangeNotices;

/// <summary>User-side lifecycle of a change notice (domain.md §4.3).</summary>
public enum ChangeNoticeStatus
{
    Received,
    Triaged,
    UnderAssessment,
    Accepted,
    AcceptedWithActions,
    Rejected,
    Implemented,
    Closed,
    Cancelled,
}
