namespace AmConnector.ChangeNotices;

/// <summary>
/// The user-side lifecycle of domain.md §4.3; every other transition is refused, naming both states.
/// Cancelled (the supplier withdrew) is reachable from every open state; a revision's return of a
/// decided notice to UnderAssessment is the intake's, not an action's.
/// </summary>
internal static class ChangeNoticeTransitions
{
    private static readonly Dictionary<ChangeNoticeStatus, ChangeNoticeStatus[]> Allowed = new()
    {
        [ChangeNoticeStatus.Received] = [ChangeNoticeStatus.Triaged, ChangeNoticeStatus.Cancelled],
        [ChangeNoticeStatus.Triaged] = [ChangeNoticeStatus.UnderAssessment, ChangeNoticeStatus.Cancelled],
        [ChangeNoticeStatus.UnderAssessment] =
            [ChangeNoticeStatus.Accepted, ChangeNoticeStatus.AcceptedWithActions, ChangeNoticeStatus.Rejected, ChangeNoticeStatus.Cancelled],
        [ChangeNoticeStatus.Accepted] = [ChangeNoticeStatus.Implemented, ChangeNoticeStatus.Cancelled],
        [ChangeNoticeStatus.AcceptedWithActions] = [ChangeNoticeStatus.Implemented, ChangeNoticeStatus.Cancelled],
        [ChangeNoticeStatus.Rejected] = [ChangeNoticeStatus.Cancelled],
        [ChangeNoticeStatus.Implemented] = [ChangeNoticeStatus.Closed, ChangeNoticeStatus.Cancelled],
    };

    public static bool IsAllowed(ChangeNoticeStatus from, ChangeNoticeStatus to) => Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public static string Refusal(ChangeNoticeStatus from, ChangeNoticeStatus to) =>
        $"A change notice cannot go from {from} to {to}. From {from} it may go to: {(Allowed.TryGetValue(from, out var targets) ? string.Join(", ", targets) : "nothing; it is final")}.";
}
