using AmConnector.Lots;
using static AmConnector.Lots.LotStatus;

namespace AmConnector.Tests.Lots;

/// <summary>
/// The lot lifecycle of domain.md §4.1: Quarantine → Released | ConditionallyReleased | Rejected |
/// Recalled; Released | ConditionallyReleased → Expired | Recalled | Consumed; nothing else, and
/// every refusal names both states.
/// </summary>
public sealed class LotTransitionsTests
{
    private static readonly Dictionary<LotStatus, LotStatus[]> Domain = new()
    {
        [Quarantine] = [Released, ConditionallyReleased, Rejected, Recalled],
        [Released] = [Expired, Recalled, Consumed],
        [ConditionallyReleased] = [Expired, Recalled, Consumed],
        [Rejected] = [],
        [Expired] = [],
        [Recalled] = [],
        [Consumed] = [],
    };

    /// <summary>Every (from, to) pair of statuses, 7 × 7, with whether §4.1 allows it.</summary>
    public static TheoryData<LotStatus, LotStatus, bool> EveryPair
    {
        get
        {
            var data = new TheoryData<LotStatus, LotStatus, bool>();
            foreach (var from in Enum.GetValues<LotStatus>())
            {
                foreach (var to in Enum.GetValues<LotStatus>())
                {
                    data.Add(from, to, Domain[from].Contains(to));
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void IsAllowed_AnyPairOfStatuses_MatchesDomain41(LotStatus from, LotStatus to, bool allowed) =>
        Assert.Equal(allowed, LotTransitions.IsAllowed(from, to));

    /// <summary>Every (from, to) pair of statuses.</summary>
    public static TheoryData<LotStatus, LotStatus> AllPairs
    {
        get
        {
            var data = new TheoryData<LotStatus, LotStatus>();
            foreach (var from in Enum.GetValues<LotStatus>())
            {
                foreach (var to in Enum.GetValues<LotStatus>())
                {
                    data.Add(from, to);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Domain_EveryStatus_HasARow() =>
        Assert.Equal(Enum.GetValues<LotStatus>().Order(), Domain.Keys.Order());

    [Theory]
    [InlineData(Quarantine)]
    [InlineData(Released)]
    [InlineData(ConditionallyReleased)]
    [InlineData(Rejected)]
    [InlineData(Expired)]
    [InlineData(Recalled)]
    [InlineData(Consumed)]
    public void IsAllowed_SameStatus_IsNeverATransition(LotStatus status) =>
        Assert.False(LotTransitions.IsAllowed(status, status));

    [Theory]
    [InlineData(Released, Rejected, "A lot cannot go from Released to Rejected. From Released it may go to: Expired, Recalled, Consumed.")]
    [InlineData(ConditionallyReleased, Released, "A lot cannot go from ConditionallyReleased to Released. From ConditionallyReleased it may go to: Expired, Recalled, Consumed.")]
    [InlineData(Quarantine, Consumed, "A lot cannot go from Quarantine to Consumed. From Quarantine it may go to: Released, ConditionallyReleased, Rejected, Recalled.")]
    [InlineData(Quarantine, Expired, "A lot cannot go from Quarantine to Expired. From Quarantine it may go to: Released, ConditionallyReleased, Rejected, Recalled.")]
    [InlineData(Rejected, Released, "A lot cannot go from Rejected to Released. From Rejected it may go to: nothing; it is final.")]
    [InlineData(Consumed, Recalled, "A lot cannot go from Consumed to Recalled. From Consumed it may go to: nothing; it is final.")]
    [InlineData(Expired, Released, "A lot cannot go from Expired to Released. From Expired it may go to: nothing; it is final.")]
    [InlineData(Recalled, Quarantine, "A lot cannot go from Recalled to Quarantine. From Recalled it may go to: nothing; it is final.")]
    public void Refusal_IllegalPair_NamesBothStatesAndWhereTheLotMayGo(LotStatus from, LotStatus to, string expected) =>
        Assert.Equal(expected, LotTransitions.Refusal(from, to));

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Refusal_AnyPair_NamesBothStatesAndListsExactlyTheAllowedTargets(LotStatus from, LotStatus to)
    {
        var message = LotTransitions.Refusal(from, to);

        Assert.StartsWith($"A lot cannot go from {from} to {to}. From {from} it may go to: ", message, StringComparison.Ordinal);
        var targets = message[(message.LastIndexOf(": ", StringComparison.Ordinal) + 2)..].TrimEnd('.');
        Assert.Equal(
            Domain[from].Length == 0 ? "nothing; it is final" : string.Join(", ", Domain[from]),
            targets);
    }
}
