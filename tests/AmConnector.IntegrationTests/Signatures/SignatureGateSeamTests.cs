using System.Security.Claims;
using AmConnector.ChangeNotices;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Signatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.Signatures;

/// <summary>
/// The seam the change-notice Decide action calls: a Level 3 decision needs Review and Approval by
/// two people (the default policy), driven here the way an action drives it — apply, sign, save.
/// </summary>
public sealed class SignatureGateSeamTests(SignatureFactory factory) : IClassFixture<SignatureFactory>
{
    [Fact]
    public async Task A_level_3_notice_decision_waits_for_review_and_approval_by_two_people()
    {
        Guid noticeId;
        await using (var scope = factory.Scope(out var db))
        {
            noticeId = await db.ChangeNotices.Where(n => n.Level == ChangeLevel.Level3).Select(n => n.Id).FirstAsync();
        }

        var first = await DecideAsync(noticeId, Person("qa.reviewer", "QA reviewer (demo)"), "Impact reviewed.");
        factory.TestClock.Advance(TimeSpan.FromMinutes(1));
        var again = await DecideAsync(noticeId, Person("qa.reviewer", "QA reviewer (demo)"), "Approving it myself.");
        var second = await DecideAsync(noticeId, Person("qa.approver", "QA approver (demo)"), "Change accepted.");

        Assert.Equal((SignatureDecision.Kind.Pending, SignatureMeaning.Review), (first.Result, first.Signature!.Meaning));
        Assert.Equal([SignatureMeaning.Approval], first.Missing);
        Assert.Equal(SignatureDecision.Kind.Conflict, again.Result);
        Assert.Equal((SignatureDecision.Kind.Satisfied, SignatureMeaning.Approval), (second.Result, second.Signature!.Meaning));
        await using (var scope = factory.Scope(out var db))
        {
            var notice = await db.ChangeNotices.AsNoTracking().SingleAsync(n => n.Id == noticeId);
            Assert.Equal("Accept with requalification", notice.Assessment.Decision);
            var signatures = await db.Signatures.AsNoTracking().Where(s => s.ChangeNoticeId == noticeId).OrderBy(s => s.SignedAt).ToListAsync();
            Assert.Equal([("qa.reviewer", SignatureMeaning.Review), ("qa.approver", SignatureMeaning.Approval)], signatures.Select(s => (s.SignerSubject, s.Meaning)));
            Assert.All(signatures, s => Assert.Equal((SignatureState.Effective, true, "ChangeNotice.Decide"), (s.State, s.IsValid, s.Action)));
        }
    }

    /// <summary>What Decide does: load, apply the decision to the tracked notice, ask the gate, save unless refused.</summary>
    private async Task<SignatureDecision> DecideAsync(Guid noticeId, ClaimsPrincipal user, string reason)
    {
        await using var scope = factory.Scope(out var db);
        var notice = await db.ChangeNotices.SingleAsync(n => n.Id == noticeId);
        notice.Assessment.Decision = "Accept with requalification";
        var gate = scope.ServiceProvider.GetRequiredService<SignatureGate>();

        var decision = await gate.SignAsync(
            new SigningRequest(notice, SignedActions.ChangeNoticeDecide, user, reason, PolicyVariant: notice.Level.ToString()), CancellationToken.None);

        if (!decision.IsRefusal)
        {
            await db.SaveChangesAsync();
        }

        return decision;
    }

    private ClaimsPrincipal Person(string subject, string name) => new(new ClaimsIdentity(
    [
        new Claim("sub", subject), new Claim("name", name), new Claim("client_id", "qa-app"),
        new Claim("auth_time", factory.TestClock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ], "Bearer"));
}
