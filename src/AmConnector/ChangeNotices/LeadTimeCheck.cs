using AmConnector.Suppliers;

namespace AmConnector.ChangeNotices;

/// <summary>
/// The lead-time verdict of domain.md §5.4: <c>PlannedImplementationOn − NotifiedAt</c> in days against
/// the minimum notice of the supplier's quality agreement, else the site default. A short notice is
/// stored and announced with its shortfall, never refused: the change happens anyway.
/// </summary>
internal static class LeadTimeCheck
{
    public static void Apply(ChangeNotice notice, QualityAgreement? agreement, ChangeNoticeOptions options)
    {
        notice.RequiredLeadTimeDays = RequiredDays(notice.Area, notice.Level, agreement, options);
        notice.LeadTimeDays = notice.PlannedImplementationOn is { } planned
            ? planned.DayNumber - DateOnly.FromDateTime(notice.NotifiedAt.UtcDateTime).DayNumber
            : null;
        notice.LeadTimeShortfallDays = notice.RequiredLeadTimeDays - notice.LeadTimeDays is > 0 and var shortfall ? shortfall : null;
        notice.RequiresImmediateTriage = notice.Level == ChangeLevel.Emergency;
    }

    public static int? RequiredDays(ChangeArea area, ChangeLevel level, QualityAgreement? agreement, ChangeNoticeOptions options) => (area, level) switch
    {
        // Level 0 is for information and an Emergency is expedited: neither has a minimum notice.
        (_, ChangeLevel.Level0 or ChangeLevel.Emergency) => null,
        (ChangeArea.Discontinuation, _) => agreement?.DiscontinuationNoticeDays ?? options.DiscontinuationNoticeDays,
        (_, ChangeLevel.Level1) => agreement?.Level1NoticeDays ?? options.Level1NoticeDays,
        (_, ChangeLevel.Level2) => agreement?.Level2NoticeDays ?? options.Level2NoticeDays,
        _ => agreement?.Level3NoticeDays ?? options.Level3NoticeDays,
    };
}
