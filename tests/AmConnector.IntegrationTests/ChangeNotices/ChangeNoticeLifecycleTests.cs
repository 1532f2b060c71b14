using System.Net;
using System.Text.Json;
using AmConnector.ChangeNotices;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Lots;
using AmConnector.Outbox;
using AmConnector.Qualifications;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.ChangeNotices;

/// <summary>
/// The user-side lifecycle of domain.md §4.3 through the OData actions, on notices published through
/// the intake as the webhook receiver publishes them. Each test works on its own notice and material.
/// </summary>
public sealed class ChangeNoticeLifecycleTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    private readonly HttpClient _qa = factory.CreateClientFor(TestClients.Qa);

    // A decision is signed by a person (Part 11); the other steps are QA's client's.
    private readonly HttpClient _approver = factory.CreatePersonClient("qa.approver");

    private static readonly string[] AllActions = ["RequireRequalification", "HoldLots", "OpenHostChangeControl"];

    private static readonly string[] AskedItems = ["comparability-data", "stability-or-performance-data"];

    [Fact]
    public async Task Every_transition_from_received_to_closed_is_an_action_and_each_is_stored_with_its_events()
    {
        var notice = await PublishAsync("LC-ALL-1", ChangeArea.ContainerClosureOrPackaging, ChangeLevel.Level1, "NB-HSA25-50");
        Assert.Equal(ChangeNoticeStatus.Received, notice.Status);

        await StepAsync(notice.Id, "Triage", new { }, "Triaged");
        await StepAsync(notice.Id, "StartAssessment", new { reason = "Packaging change, QA to assess." }, "UnderAssessment");
        var decided = await StepAsync(notice.Id, "Decide", new
        {
            decision = "Accepted", impact = "Low: secondary packaging only.", actions = Array.Empty<string>(), reason = "No effect on the material.",
        }, "Accepted");
        Assert.Equal("Low: secondary packaging only.", decided.GetProperty("Assessment").GetProperty("Impact").GetString());
        Assert.Equal("Accepted", decided.GetProperty("Assessment").GetProperty("Decision").GetString());
        // The signer, by printed name: the decision is a person's, not the client's.
        Assert.Equal("QA approver (demo)", decided.GetProperty("Assessment").GetProperty("AssessedBy").GetString());
        await StepAsync(notice.Id, "MarkImplemented", new { reason = "First lot in the new carton received." }, "Implemented");
        await StepAsync(notice.Id, "Close", new { }, "Closed");

        var stored = await Notices.LoadAsync(factory, notice.Id);
        Assert.Equal(ChangeNoticeStatus.Closed, stored.Status);
        Assert.Equal("No effect on the material.", stored.Assessment.Reason);
        Assert.NotNull(stored.Assessment.AssessedAt);

        var events = await Notices.EventsAsync(factory, notice);
        Assert.Equal(
            [EventTypes.ChangeNoticeAcknowledged, EventTypes.ChangeNoticeAcknowledged, EventTypes.ChangeNoticeAssessed, EventTypes.ChangeNoticeReceived],
            events.Select(e => e.Type).Order());
        Assert.Contains(events, e => e.Type == EventTypes.ChangeNoticeAcknowledged && JsonDocument.Parse(e.Data).RootElement.GetProperty("stage").GetString() == "triaged");
        Assert.All(events, e => EventSchemas.AssertMatches(e.Type, e.Data));
        Assert.All(events, e => Assert.Equal("NWB", e.SupplierCode));
    }

    [Theory]
    [InlineData("Close", "Received", "Closed")]
    [InlineData("StartAssessment", "Received", "UnderAssessment")]
    [InlineData("MarkImplemented", "Received", "Implemented")]
    public async Task An_illegal_transition_is_a_409_naming_both_states_and_stores_nothing(string action, string from, string to)
    {
        var notice = await PublishAsync("LC-ILLEGAL-" + action, ChangeArea.Other, ChangeLevel.Level0, "NB-HSA25-50");

        var response = await Notices.ActAsync(_qa, notice.Id, action, new { reason = "Trying." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = await response.ReadJsonAsync();
        Assert.Equal("TransitionRefused", error.ErrorCode());
        Assert.Contains($"from {from} to {to}", error.ErrorMessage(), StringComparison.Ordinal);
        var stored = await Notices.LoadAsync(factory, notice.Id);
        Assert.Equal(ChangeNoticeStatus.Received, stored.Status);
        Assert.Equal(notice.Revision, stored.Revision);
    }

    [Theory]
    [InlineData("""{"decision":"Accepted","impact":"Low"}""", "reason")]
    [InlineData("""{"decision":"Maybe","impact":"Low","reason":"r"}""", "decision")]
    [InlineData("""{"decision":"AcceptedWithActions","impact":"Low","reason":"r","actions":[]}""", "actions")]
    [InlineData("""{"decision":"AcceptedWithActions","impact":"Low","reason":"r","actions":["Pray"]}""", "actions[0]")]
    [InlineData("""{"decision":"Rejected","impact":"Low","reason":"r","actions":["HoldLots"]}""", "actions")]
    public async Task A_decision_with_missing_or_wrong_parameters_is_a_400_naming_the_parameter(string body, string target)
    {
        var notice = await UnderAssessmentAsync("LC-BAD-" + Guid.NewGuid().ToString("N")[..8], "NB-HSA25-50");

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await _qa.PostAsync(new Uri($"/odata/ChangeNotices({notice.Id})/AmConnector.Decide", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(target, (await response.ReadJsonAsync()).ErrorDetails().Select(d => d.Target));
        Assert.Equal(ChangeNoticeStatus.UnderAssessment, (await Notices.LoadAsync(factory, notice.Id)).Status);
    }

    [Fact]
    public async Task A_decision_with_actions_requalifies_and_holds_the_affected_records_in_the_same_save()
    {
        // Fetal bovine serum: conditionally qualified for T-cell expansion, four open lots.
        var notice = await UnderAssessmentAsync("LC-ACT-1", "NB-FBS-500", ChangeArea.Process, ChangeLevel.Level2);
        Assert.True(notice.Proposal.RequalificationProposed);

        var body = await StepAsync(notice.Id, "Decide", new
        {
            decision = "AcceptedWithActions", impact = "Medium: viral clearance step added.",
            actions = AllActions, reason = "Growth promotion to be confirmed on the first new lot.",
        }, "AcceptedWithActions");
        Assert.Equal(["RequireRequalification", "HoldLots", "OpenHostChangeControl"],
            body.GetProperty("Assessment").GetProperty("ChosenActions").EnumerateArray().Select(a => a.GetString()));

        await using var scope = factory.Scope(out var db);
        var qualification = await db.Qualifications.SingleAsync(q => q.SupplierCode == "NWB" && q.Material!.CatalogueNumber == "NB-FBS-500");
        Assert.Equal(QualificationStatus.RequalificationRequired, qualification.Status);
        Assert.Contains("LC-ACT-1", qualification.StatusReason, StringComparison.Ordinal);
        var holds = await db.Set<LotHold>().Where(h => h.SourceReference == "NWB/LC-ACT-1").ToListAsync();
        Assert.Equal(notice.Proposal.AffectedLotCount, holds.Count);
        Assert.Equal(4, holds.Count);
        Assert.All(holds, h => Assert.Equal(HoldSource.ChangeNotice, h.Source));

        var types = await db.OutboxMessages.Where(m => m.OccurredAt >= notice.Proposal.ResolvedAt).Select(m => m.Type).ToListAsync();
        Assert.Contains(EventTypes.RequalificationRequired, types);
        Assert.Equal(4, types.Count(t => t == EventTypes.LotHoldChanged));
        var assessed = Assert.Single(await Notices.EventsAsync(factory, notice), e => e.Type == EventTypes.ChangeNoticeAssessed);
        EventSchemas.AssertMatches(assessed.Type, assessed.Data);
        Assert.Equal(4, JsonDocument.Parse(assessed.Data).RootElement.GetProperty("affected").GetProperty("lots").GetArrayLength());
    }

    [Fact]
    public async Task A_revision_keeps_every_version_reopens_a_decided_notice_and_is_announced_again()
    {
        var notice = await UnderAssessmentAsync("LC-REV-1", "NB-RHSA-10");
        await StepAsync(notice.Id, "Decide", new { decision = "Rejected", impact = "Unknown without data.", reason = "No comparability data." }, "Rejected");

        var revision = Notices.New("NWB", "LC-REV-1", ChangeArea.Process, ChangeLevel.Level2, "NB-RHSA-10");
        revision.Version = 2;
        revision.Title = "Revised: comparability data added";
        revision.SupportingDocuments = [new() { Title = "Comparability report", Kind = "comparability-data" }];
        var result = await Notices.ReviseAsync(factory, revision);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var stored = await Notices.LoadAsync(factory, notice.Id);
        Assert.Equal(ChangeNoticeStatus.UnderAssessment, stored.Status);
        Assert.Equal(2, stored.Version);
        Assert.Equal("Revised: comparability data added", stored.Title);
        Assert.Equal([1, 2], stored.Versions.Select(v => v.Version).Order());
        Assert.Equal(notice.NotifiedAt, stored.NotifiedAt);
        Assert.DoesNotContain(stored.MissingItems, m => m.Code == "comparability-data");
        Assert.Contains("Revision 2", stored.StatusReason, StringComparison.Ordinal);

        var received = (await Notices.EventsAsync(factory, notice)).Where(e => e.Type == EventTypes.ChangeNoticeReceived).ToList();
        Assert.Equal(2, received.Count);
        Assert.Contains(received, e => JsonDocument.Parse(e.Data).RootElement.GetProperty("revision").GetBoolean());
        Assert.All(received, e => EventSchemas.AssertMatches(e.Type, e.Data));

        // Not higher than the current version: refused, naming both.
        var stale = Notices.New("NWB", "LC-REV-1", ChangeArea.Process, ChangeLevel.Level2, "NB-RHSA-10");
        stale.Version = 2;
        var refused = await Notices.ReviseAsync(factory, stale);
        Assert.False(refused.Succeeded);
        Assert.Contains("version 2 is not higher than the current version 2", Assert.Single(refused.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawal_cancels_an_open_notice_with_the_reason_and_a_cancelled_notice_is_neither_withdrawn_nor_revised_again()
    {
        var notice = await PublishAsync("LC-WD-1", ChangeArea.Other, ChangeLevel.Level1, "NB-CRYO10-100");
        var supplierId = await Notices.SupplierIdAsync(factory, "NWB");

        var result = await Notices.IntakeAsync(factory, (intake, db) => intake.WithdrawAsync(db, supplierId, "LC-WD-1", "Change postponed.", CancellationToken.None));

        Assert.True(result.Succeeded);
        var stored = await Notices.LoadAsync(factory, notice.Id);
        Assert.Equal(ChangeNoticeStatus.Cancelled, stored.Status);
        Assert.Contains("Change postponed.", stored.StatusReason, StringComparison.Ordinal);

        var again = await Notices.IntakeAsync(factory, (intake, db) => intake.WithdrawAsync(db, supplierId, "LC-WD-1", "Again.", CancellationToken.None));
        Assert.False(again.Succeeded);
        Assert.Contains("Cancelled", again.Errors[0].Message, StringComparison.Ordinal);

        var revision = Notices.New("NWB", "LC-WD-1", ChangeArea.Other, ChangeLevel.Level1, "NB-CRYO10-100");
        revision.Version = 2;
        var revised = await Notices.ReviseAsync(factory, revision);
        Assert.True(revised.IsRefused);

        var unknown = await Notices.IntakeAsync(factory, (intake, db) => intake.WithdrawAsync(db, supplierId, "NO-SUCH", "x", CancellationToken.None));
        Assert.True(unknown.IsNotFound);
    }

    [Fact]
    public async Task Information_requested_is_recorded_on_the_notice_and_sent_to_the_supplier()
    {
        var notice = await PublishAsync("LC-INFO-1", ChangeArea.Site, ChangeLevel.Level3, "NB-TXV-1L");
        Assert.Contains(notice.MissingItems, m => m.Code == "comparability-data");

        var body = await StepAsync(notice.Id, "RequestInformation",
            new { items = AskedItems, message = "Please send before/after data of three lots." }, "Received");

        var request = Assert.Single(body.GetProperty("InformationRequests").EnumerateArray());
        Assert.Equal("Please send before/after data of three lots.", request.GetProperty("Message").GetString());
        var sent = Assert.Single(await Notices.EventsAsync(factory, notice), e => e.Type == EventTypes.ChangeNoticeInformationRequested);
        EventSchemas.AssertMatches(sent.Type, sent.Data);
        Assert.Equal(2, JsonDocument.Parse(sent.Data).RootElement.GetProperty("items").GetArrayLength());

        var empty = await Notices.ActAsync(_qa, notice.Id, "RequestInformation", new { items = Array.Empty<string>(), message = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    private async Task<ChangeNotice> PublishAsync(string reference, ChangeArea area, ChangeLevel level, string catalogueNumber)
    {
        var result = await Notices.PublishAsync(factory, Notices.New("NWB", reference, area, level, catalogueNumber));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return await Notices.LoadAsync(factory, result.Notice!.Id);
    }

    private async Task<ChangeNotice> UnderAssessmentAsync(string reference, string catalogueNumber, ChangeArea area = ChangeArea.Other, ChangeLevel level = ChangeLevel.Level1)
    {
        var notice = await PublishAsync(reference, area, level, catalogueNumber);
        await StepAsync(notice.Id, "Triage", new { }, "Triaged");
        await StepAsync(notice.Id, "StartAssessment", new { }, "UnderAssessment");
        return await Notices.LoadAsync(factory, notice.Id);
    }

    private async Task<JsonElement> StepAsync(Guid id, string action, object body, string expectedStatus)
    {
        using var response = await Notices.ActAsync(action == "Decide" ? _approver : _qa, id, action, body);
        var json = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {json}");
        Assert.Equal(expectedStatus, json.GetProperty("Status").GetString());
        return json;
    }
}
