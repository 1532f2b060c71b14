using System.Net;
using System.Text.Json;
using AmConnector.ChangeNotices;
using AmConnector.HostSystems;
using AmConnector.IntegrationTests.HostSystems;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Signatures;
using Microsoft.EntityFrameworkCore;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AmConnector.IntegrationTests.ChangeNotices;

/// <summary>
/// QA's decision on a notice through the real Decide action: signed by people under the policy
/// (a Level 3 notice by a reviewer and an approver), and its host change control opened in the
/// host QMS with the reference brought back onto the notice.
/// </summary>
public sealed class SignedDecisionTests(HostQmsFactory factory) : IClassFixture<HostQmsFactory>
{
    [Fact]
    public async Task A_level_3_decision_is_pending_after_the_review_and_takes_effect_with_the_approval_of_another_person()
    {
        var id = await UnderAssessmentAsync("SD-L3-1", ChangeLevel.Level3);
        using var reviewer = factory.CreatePersonClient("qa.reviewer");
        using var approver = factory.CreatePersonClient("qa.approver");
        var decision = new { decision = "AcceptedWithActions", impact = "High: new serum source.", actions = new[] { "RequireRequalification" }, reason = "Comparability shown." };

        using var reviewed = await Notices.ActAsync(reviewer, id, "Decide", new { decision.decision, decision.impact, decision.actions, decision.reason, meaning = "Review" });
        Assert.Equal(HttpStatusCode.Accepted, reviewed.StatusCode);
        Assert.Contains("Approval", reviewed.Headers.GetValues(SignatureResults.PendingHeader).Single(), StringComparison.Ordinal);
        Assert.Equal(ChangeNoticeStatus.UnderAssessment, (await Notices.LoadAsync(factory, id)).Status);

        using var approved = await Notices.ActAsync(approver, id, "Decide", new { decision.decision, decision.impact, decision.actions, decision.reason, meaning = "Approval" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(ChangeNoticeStatus.AcceptedWithActions, (await Notices.LoadAsync(factory, id)).Status);

        using var qa = factory.CreateClientFor(TestClients.Qa);
        var read = await (await qa.GetAsync(new Uri($"/odata/ChangeNotices({id})?$expand=Signatures", UriKind.Relative))).ReadJsonAsync();
        var signatures = read.GetProperty("Signatures").EnumerateArray().ToList();
        Assert.Equal(["Approval", "Review"], signatures.Select(s => s.GetProperty("Meaning").GetString()).Order());
        Assert.Equal(2, signatures.Select(s => s.GetProperty("SignerSubject").GetString()).Distinct().Count());
        Assert.All(signatures, s => Assert.True(s.GetProperty("IsValid").GetBoolean()));
    }

    [Fact]
    public async Task A_client_token_cannot_decide_and_the_notice_stays_under_assessment()
    {
        var id = await UnderAssessmentAsync("SD-CLIENT-1", ChangeLevel.Level1);
        using var qa = factory.CreateClientFor(TestClients.Qa);

        using var response = await Notices.ActAsync(qa, id, "Decide", new { decision = "Accepted", impact = "Low.", reason = "Fine." });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ChangeNoticeStatus.UnderAssessment, (await Notices.LoadAsync(factory, id)).Status);
    }

    [Fact]
    public async Task A_decision_that_opens_host_change_control_brings_the_hosts_reference_back_onto_the_notice()
    {
        await factory.ClearJobsAsync();
        factory.Qms.Reset();
        factory.IssueTokens("host-token-decide", expiresIn: 3600);
        factory.Qms.Given(Request.Create().WithPath("/change-controls").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { reference = "CC-2001", status = "Open" }));
        var id = await UnderAssessmentAsync("SD-HOST-1", ChangeLevel.Level2);
        using var approver = factory.CreatePersonClient("qa.approver");

        using var decided = await Notices.ActAsync(approver, id, "Decide", new
        {
            decision = "AcceptedWithActions", impact = "Medium.", actions = OpenHostChangeControl, reason = "Track the change in the QMS.",
        });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        await factory.RunJobsAsync();

        await using var scope = factory.Scope(out var db);
        Assert.Equal("CC-2001", (await db.ChangeNotices.AsNoTracking().SingleAsync(n => n.Id == id)).Assessment.HostChangeControlReference);
        var job = await db.HostQmsJobs.AsNoTracking().SingleAsync(j => j.ChangeNoticeId == id);
        Assert.Equal((HostQmsJobKind.OpenChangeControl, HostQmsJobStatus.Done), (job.Kind, job.Status));
        var body = JsonDocument.Parse(HostQmsRequests.Body(HostQmsRequests.To(factory.Qms, "POST", "/change-controls").Single())).RootElement;
        Assert.Equal("SD-HOST-1", body.GetProperty("noticeReference").GetString());
        Assert.Contains("OpenHostChangeControl", body.GetProperty("actions").GetString(), StringComparison.Ordinal);
    }

    private static readonly string[] Steps = ["Triage", "StartAssessment"];

    private static readonly string[] OpenHostChangeControl = ["OpenHostChangeControl"];

    private async Task<Guid> UnderAssessmentAsync(string reference, ChangeLevel level)
    {
        var published = await Notices.PublishAsync(factory, Notices.New("NWB", reference, ChangeArea.SourceOrOrigin, level, "NB-FBS-500"));
        Assert.True(published.Succeeded, string.Join("; ", published.Errors.Select(e => e.Message)));
        using var qa = factory.CreateClientFor(TestClients.Qa);
        foreach (var step in Steps)
        {
            using var response = await Notices.ActAsync(qa, published.Notice!.Id, step, new { });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        return published.Notice!.Id;
    }
}
