namespace AmConnector.Qualifications;

/// <summary>The qualification lifecycle of domain.md §4.2; any state may go to Disqualified or Retired.</summary>
internal static class QualificationTransitions
{
    private static readonly Dictionary<QualificationStatus, QualificationStatus[]> Allowed = new()
    {
        [QualificationStatus.NotStarted] = [QualificationStatus.InProgress],
        [QualificationStatus.InProgress] = [QualificationStatus.Qualified, QualificationStatus.ConditionallyQualified],
        [QualificationStatus.Qualified] = [QualificationStatus.RequalificationRequired],
        [QualificationStatus.ConditionallyQualified] = [QualificationStatus.RequalificationRequired],
        [QualificationStatus.RequalificationRequired] = [QualificationStatus.InProgress],
    };

    public static bool IsAllowed(QualificationStatus from, QualificationStatus to) =>
        from != to && (to is QualificationStatus.Disqualified or QualificationStatus.Retired
            ? from is not QualificationStatus.Retired
            : Allowed.TryGetValue(from, out var targets) && targets.Contains(to));

    public static string Refusal(QualificationStatus from, QualificationStatus to) =>
        $"A qualification cannot go from {from} to {to}.";
}
