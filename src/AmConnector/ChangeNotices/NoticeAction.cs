namespace AmConnector.ChangeNotices;

/// <summary>What a QA decision on a change notice can set in motion (domain.md §5.5).</summary>
public enum NoticeAction
{
    /// <summary>Affected Qualified or ConditionallyQualified qualifications become RequalificationRequired.</summary>
    RequireRequalification,

    /// <summary>Affected open lots are held (a hold with source ChangeNotice).</summary>
    HoldLots,

    /// <summary>A change-control record is requested in the host QMS.</summary>
    OpenHostChangeControl,
}
