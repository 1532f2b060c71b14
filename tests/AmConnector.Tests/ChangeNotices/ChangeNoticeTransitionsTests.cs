using AmConnector.ChangeNotices;
using static AmConnector.ChangeNotices.ChangeNoticeStatus;

namespace AmConnector.Tests.ChangeNotices;

/// <summary>
/// The user-side lifecycle of domain.md §4.3: Received → Triaged → UnderAssessment → Accepted |
/// AcceptedWithActions | Rejected; Accepted | AcceptedWithActions → Implemented → Closed; any open
/// state → Cancelled; nothing else, and every refusal names both states.
/// </summary>
public sealed class ChangeNoticeTransitionsTests
{
    private static readonly Dictionary<ChangeNoticeStatus, ChangeNoticeStatus[]> Domain = new()
    {
        [Received] = [Triaged, Cancelled],
        [Triaged] = [UnderAssessment, Cancelled],
        [UnderAssessment] = [Accepted, AcceptedWithActions, Rejected, Cancelled],
        [Accepted] = [Implemented, Cancelled],
        [AcceptedWithActions] = [Implemented, Cancelled],
        [Rejected] = [Cancelled],
        [Implemented] = [Closed, Cancelled],
        [Closed] = [],
        [Cancelled] = [],
    };

    public static TheoryData<ChangeNoticeStatus, ChangeNoticeStatus, bool> EveryPair
    {
        get
        {
            var data = new TheoryData<ChangeNoticeStatus, ChangeNoticeStatus, bool>();
            foreach (var from in Enum.GetValues<ChangeNoticeStatus>())
            {
                foreach (var to in Enum.GetValues<ChangeNoticeStatus>())
                {
                    data.Add(from, to, Domain[from].Contains(to));
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void IsAllowed_EveryPair_AsDomainSays(ChangeNoticeStatus from, ChangeNoticeStatus to, bool allowed)
    {
        Assert.Equal(allowed, ChangeNoticeTransitions.IsAllowed(from, to));
        if (!allowed)
        {
            var refusal = ChangeNoticeTransitions.Refusal(from, to);
            Assert.Contains($"from {from} to {to}", refusal, StringComparison.Ordinal);
        }
    }
}
