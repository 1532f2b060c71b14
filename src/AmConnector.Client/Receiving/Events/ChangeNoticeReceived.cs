namespace AmConnector.Client.Receiving.Events;

/// <summary><c>am.change-notice.received</c>: a notice (or a revision of one) arrived and was assessed on arrival.</summary>
public sealed record ChangeNoticeReceived(
    NoticeReference Notice,
    string Level,
    string Area,
    string Status,
    bool Revision,
    DateTimeOffset NotifiedAt,
    DateOnly? PlannedImplementationOn,
    LeadTime LeadTime,
    bool RequiresImmediateTriage,
    IReadOnlyList<MissingItem> MissingItems,
    AffectedRecords Affected,
    ImpactProposal Proposal);
