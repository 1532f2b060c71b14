using AmConnector.AuditTrail;
using AmConnector.Lots.Usability;
using Microsoft.Extensions.Options;

namespace AmConnector.Tests.Lots;

public sealed class UsabilityAnswerCacheTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly AuditHeadStamp Head = new(41, "a1");

    [Fact]
    public void The_same_head_and_day_share_their_answers()
    {
        var cache = Cache();
        var lot = Guid.NewGuid();
        cache.For(Head, Today).Remember(lot, "expansion", Verdict());

        Assert.True(cache.For(Head, Today).TryGet(lot, "expansion", out _));
        Assert.False(cache.For(Head, Today).TryGet(lot, null, out _));
    }

    [Fact]
    public void A_moved_head_or_the_next_day_starts_empty()
    {
        var cache = Cache();
        var lot = Guid.NewGuid();
        cache.For(Head, Today).Remember(lot, null, Verdict());

        Assert.False(cache.For(Head with { Sequence = 42, Hash = "b2" }, Today).TryGet(lot, null, out _));
        var cache2 = Cache();
        cache2.For(Head, Today).Remember(lot, null, Verdict());
        Assert.False(cache2.For(Head, Today.AddDays(1)).TryGet(lot, null, out _));
    }

    [Fact]
    public void A_head_at_the_same_sequence_with_another_hash_is_another_chain()
    {
        var cache = Cache();
        var lot = Guid.NewGuid();
        cache.For(Head, Today).Remember(lot, null, Verdict());

        // A database restored under a running instance, whose chain has reached the same length again.
        Assert.False(cache.For(Head with { Hash = "other" }, Today).TryGet(lot, null, out _));
    }

    [Fact]
    public void A_request_that_read_an_older_head_neither_sees_nor_fills_the_newest_answers()
    {
        var cache = Cache();
        var lot = Guid.NewGuid();
        var newest = cache.For(Head, Today);
        newest.Remember(lot, null, Verdict());

        var late = cache.For(Head with { Sequence = 40, Hash = "z0" }, Today);
        Assert.False(late.TryGet(lot, null, out _));
        late.Remember(Guid.NewGuid(), null, Verdict());

        Assert.Same(newest, cache.For(Head, Today));
        Assert.True(cache.For(Head, Today).TryGet(lot, null, out _));
    }

    [Fact]
    public void At_most_the_configured_number_of_answers_is_kept_and_zero_keeps_none()
    {
        var cache = Cache(cachedAnswers: 2);
        var answers = cache.For(Head, Today);
        var lots = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        foreach (var lot in lots)
        {
            answers.Remember(lot, null, Verdict());
        }

        Assert.Equal(2, lots.Count(lot => answers.TryGet(lot, null, out _)));

        var off = Cache(cachedAnswers: 0);
        off.For(Head, Today).Remember(lots[0], null, Verdict());
        Assert.False(off.For(Head, Today).TryGet(lots[0], null, out _));
    }

    [Fact]
    public void An_unknown_head_keeps_nothing_and_leaves_the_known_answers_alone()
    {
        var cache = Cache();
        var lot = Guid.NewGuid();
        cache.For(Head, Today).Remember(lot, null, Verdict());

        // A head row locked by a writer on SQL Server is read past: the stamp is unknown.
        var unknown = cache.For(null, Today);
        Assert.False(unknown.TryGet(lot, null, out _));
        unknown.Remember(Guid.NewGuid(), null, Verdict());

        Assert.True(cache.For(Head, Today).TryGet(lot, null, out _));
        Assert.False(cache.For(null, Today).TryGet(lot, null, out _));
    }

    [Fact]
    public void An_overlong_use_or_request_is_answered_but_not_kept()
    {
        var answers = Cache().For(Head, Today);
        var lot = Guid.NewGuid();
        var longUse = new string('u', UsabilityAnswers.MaxUseLength + 1);
        var longRequest = new string('r', UsabilityAnswers.MaxRequestKeyLength + 1);

        answers.Remember(lot, longUse, Verdict());
        answers.RememberResponse(longRequest, new UsabilityResponse("application/json", [], [1]));
        answers.Remember(lot, "expansion", Verdict());

        Assert.False(answers.TryGet(lot, longUse, out _));
        Assert.False(answers.TryGetResponse(longRequest, out _));
        Assert.True(answers.TryGet(lot, "expansion", out _));
    }

    private static UsabilityAnswerCache Cache(int cachedAnswers = 100) =>
        new(Options.Create(new AmConnectorOptions { Usability = new UsabilityOptions { CachedAnswers = cachedAnswers } }));

    private static LotUsability Verdict() => new() { Verdict = Usability.Usable, EvaluatedOn = Today };
}
