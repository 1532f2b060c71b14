namespace AmConnector.Lots;

/// <summary>The lot lifecycle of domain.md §4.1; every other transition is refused, naming both states.</summary>
internal static class LotTransitions
{
    private static readonly Dictionary<LotStatus, LotStatus[]> Allowed = new()
    {
        [LotStatus.Quarantine] = [LotStatus.Released, LotStatus.ConditionallyReleased, LotStatus.Rejected, LotStatus.Recalled],
        [LotStatus.Released] = [LotStatus.Expired, LotStatus.Recalled, LotStatus.Consumed],
        [LotStatus.ConditionallyReleased] = [LotStatus.Expired, LotStatus.Recalled, LotStatus.Consumed],
    };

    public static bool IsAllowed(LotStatus from, LotStatus to) => Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public static string Refusal(LotStatus from, LotStatus to) =>
        $"A lot cannot go from {from} to {to}. From {from} it may go to: {(Allowed.TryGetValue(from, out var targets) ? string.Join(", ", targets) : "nothing; it is final")}.";
}
