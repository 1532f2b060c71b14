using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Lots;
using AmConnector.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Lots;

/// <summary>
/// The lot lifecycle actions of domain.md §4.1 over HTTP, on the demo data: each change is stored
/// with its reason and its outbox event in one save; every refusal (400, 403, 409) stores nothing.
/// Each test works on its own demo lot, so the order the tests run in does not matter.
/// </summary>
public sealed class LotLifecycleTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    private readonly HttpClient _qa = factory.CreateClientFor(TestClients.Qa);

    /// <summary>A release is signed by a person (issue 7): QA's approver, signed in through the real login.</summary>
    private readonly HttpClient _approver = factory.CreatePersonClient("qa.approver");

    // ---- release ----

    [Fact]
    public async Task Release_of_a_quarantined_lot_with_a_passing_coa_and_valid_certificates_releases_it_and_writes_the_event()
    {
        // Recombinant HSA: ADCF, its ADCF statement is on file and valid; RA-25-007's CoA passed.
        var lot = await LotAsync("RA-25-007");
        Assert.Equal(LotStatus.Quarantine, lot.Status);
        var before = await StateAsync(lot.Id);

        var response = await PostAsync(_approver, lot.Id, "Release", new { reason = "CoA reviewed; all tests within specification." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Released", body.GetProperty("Status").GetString());
        Assert.Equal("CoA reviewed; all tests within specification.", body.GetProperty("StatusReason").GetString());

        var stored = await LotAsync("RA-25-007");
        Assert.Equal(LotStatus.Released, stored.Status);
        Assert.Equal("CoA reviewed; all tests within specification.", stored.StatusReason);
        Assert.Equal(before.Revision + 1, stored.Revision);

        var events = await EventsAsync(lot);
        var added = Assert.Single(events.Skip(before.Events));
        Assert.Equal(EventTypes.LotStatusChanged, added.Type);
        Assert.Equal("lots/NWB/NB-RHSA-10/RA-25-007", added.Subject);
        Assert.Equal("NWB", added.SupplierCode);
        Assert.Equal("NB-RHSA-10", added.CatalogueNumber);
        using var data = JsonDocument.Parse(added.Data);
        Assert.Equal("Quarantine", data.RootElement.GetProperty("from").GetString());
        Assert.Equal("Released", data.RootElement.GetProperty("to").GetString());
        Assert.Equal(lot.Id, data.RootElement.GetProperty("lotId").GetGuid());
        Assert.Equal("RA-25-007", data.RootElement.GetProperty("lotNumber").GetString());
        Assert.Equal("CoA reviewed; all tests within specification.", data.RootElement.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"reason":""}""")]
    [InlineData("""{"reason":"   "}""")]
    public async Task Release_without_a_reason_is_a_400_naming_reason_and_stores_nothing(string body)
    {
        var lot = await LotAsync("PE-25-0002");
        var before = await StateAsync(lot.Id);

        var response = await PostRawAsync(_qa, lot.Id, "Release", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.ReadJsonAsync();
        Assert.Contains("reason", error.ErrorDetails().Select(d => d.Target));
        Assert.Contains("reason", error.ErrorMessage(), StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync(lot.Id));
    }

    [Fact]
    public async Task Release_with_conditions_releases_the_lot_conditionally_and_stores_the_conditions()
    {
        // PEI: ADCF, ADCF statement on file; PE-25-0002's CoA passed.
        var lot = await LotAsync("PE-25-0002");
        var before = await StateAsync(lot.Id);

        var response = await PostAsync(_approver, lot.Id, "Release", new
        {
            reason = "Needed for the engineering run before in-house identity testing is complete.",
            conditions = "  Engineering runs only until in-house identity test passes.  ",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("ConditionallyReleased", body.GetProperty("Status").GetString());
        Assert.Equal("Engineering runs only until in-house identity test passes.", body.GetProperty("ReleaseConditions").GetString());

        var stored = await LotAsync("PE-25-0002");
        Assert.Equal(LotStatus.ConditionallyReleased, stored.Status);
        Assert.Equal("Engineering runs only until in-house identity test passes.", stored.ReleaseConditions);
        Assert.Equal(before.Revision + 1, stored.Revision);
        var added = Assert.Single((await EventsAsync(lot)).Skip(before.Events));
        using var data = JsonDocument.Parse(added.Data);
        Assert.Equal("Quarantine", data.RootElement.GetProperty("from").GetString());
        Assert.Equal("ConditionallyReleased", data.RootElement.GetProperty("to").GetString());
        Assert.Equal("Engineering runs only until in-house identity test passes.", data.RootElement.GetProperty("conditions").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Release_of_a_lot_whose_coa_is_out_of_specification_is_a_409_and_the_lot_stays_in_quarantine(bool conditional)
    {
        // The demo's headline OOS: FBS FB-25-0874, endotoxin 14 EU/mL against ≤ 10. Conditions do not bypass the gate.
        var lot = await LotAsync("FB-25-0874");
        var before = await StateAsync(lot.Id);

        var response = await PostAsync(_qa, lot.Id, "Release", conditional
            ? new { reason = "Urgent batch.", conditions = "Research runs only." }
            : (object)new { reason = "Urgent batch." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = await response.ReadJsonAsync();
        Assert.Contains("out of specification", error.ErrorMessage(), StringComparison.Ordinal);
        Assert.Contains("NWB-COA-FB250874", error.ErrorMessage(), StringComparison.Ordinal);
        Assert.Contains("CertificateOfAnalysis", error.ErrorDetails().Select(d => d.Target));
        Assert.Equal(LotStatus.Quarantine, (await LotAsync("FB-25-0874")).Status);
        Assert.Equal(before, await StateAsync(lot.Id));
    }

    [Theory]
    [InlineData("AL-25-6602")] // human serum albumin: certificate of origin and TSE/BSE statement valid, but no CoA yet
    [InlineData("IL7-25B02")]  // recombinant IL-7: "Received; CoA not yet issued."
    public async Task Release_of_a_lot_without_any_coa_is_a_409_and_stores_nothing(string lotNumber)
    {
        var lot = await LotAsync(lotNumber);
        var before = await StateAsync(lot.Id);

        var response = await PostAsync(_qa, lot.Id, "Release", new { reason = "Released by mistake." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = await response.ReadJsonAsync();
        Assert.Contains("no certificate of analysis", error.ErrorMessage(), StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync(lot.Id));
    }

    [Fact]
    public async Task Release_of_a_lot_whose_material_lacks_a_required_certificate_is_a_409_naming_the_certificate()
    {
        // Human AB serum: human origin, so a certificate of origin is required, and none is on file.
        var lot = await LotAsync("HS-24-0098");
        var before = await StateAsync(lot.Id);

        var response = await PostAsync(_qa, lot.Id, "Release", new { reason = "Try anyway." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = await response.ReadJsonAsync();
        Assert.Contains("CertificateOfOrigin", error.ErrorDetails().Select(d => d.Target));
        Assert.Contains("certificate of origin", error.ErrorMessage(), StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync(lot.Id));
    }

    // ---- the other transitions ----

    [Theory]
    [InlineData("CR-24-118", "Reject", "Released", "Rejected")]          // a released lot cannot be rejected
    [InlineData("HS-24-0061", "Release", "Rejected", "Released")]        // a rejected lot is final
    [InlineData("AL-23-5521", "Recall", "Consumed", "Recalled")]         // so is a consumed one
    [InlineData("RT-25-0150", "MarkConsumed", "Quarantine", "Consumed")] // a quarantined lot was never usable
    [InlineData("AZ2209", "Release", "Expired", "Released")]
    public async Task An_illegal_transition_is_a_409_naming_both_states_and_stores_nothing(string lotNumber, string action, string from, string to)
    {
        var lot = await LotAsync(lotNumber);
        Assert.Equal(from, lot.Status.ToString());
        var before = await StateAsync(lot.Id);

        var response = await PostAsync(_qa, lot.Id, action, new { reason = "Testing the lifecycle." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var message = (await response.ReadJsonAsync()).ErrorMessage();
        Assert.Contains($"from {from} to {to}", message, StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync(lot.Id));
    }

    [Theory]
    [InlineData("CL-25-012", "Reject", "Quarantine", "Rejected")]
    [InlineData("LV-25-009", "Recall", "Quarantine", "Recalled")]
    [InlineData("TP-24-2201", "Recall", "Released", "Recalled")]
    [InlineData("BD-25-0217", "MarkConsumed", "ConditionallyReleased", "Consumed")]
    [InlineData("CR-25-022", "MarkConsumed", "Released", "Consumed")]
    public async Task A_legal_transition_stores_the_status_and_reason_and_writes_one_event(string lotNumber, string action, string from, string to)
    {
        var lot = await LotAsync(lotNumber);
        Assert.Equal(from, lot.Status.ToString());
        var before = await StateAsync(lot.Id);

        var response = await PostAsync(_qa, lot.Id, action, new { reason = $"{action} for the lifecycle test." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await LotAsync(lotNumber);
        Assert.Equal(to, stored.Status.ToString());
        Assert.Equal($"{action} for the lifecycle test.", stored.StatusReason);
        Assert.Equal(before.Revision + 1, stored.Revision);
        var added = Assert.Single((await EventsAsync(lot)).Skip(before.Events));
        Assert.Equal(EventTypes.LotStatusChanged, added.Type);
        using var data = JsonDocument.Parse(added.Data);
        Assert.Equal(from, data.RootElement.GetProperty("from").GetString());
        Assert.Equal(to, data.RootElement.GetProperty("to").GetString());
    }

    [Fact]
    public async Task An_action_on_an_unknown_lot_is_a_404()
    {
        var response = await PostAsync(_qa, Guid.NewGuid(), "Reject", new { reason = "No such lot." });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    // ---- holds ----

    [Fact]
    public async Task PlaceHold_stores_an_active_hold_placed_by_the_client_and_writes_a_hold_changed_event()
    {
        var lot = await LotAsync("FN-24-0601");
        var before = await StateAsync(lot.Id);

        var response = await PostAsync(_qa, lot.Id, "PlaceHold", new { reason = "  Deviation DEV-0201: freezer alarm.  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hold = Assert.Single(await HoldsAsync(lot.Id), h => h.LiftedAt is null);
        Assert.Equal(TestClients.Qa, hold.PlacedBy);
        Assert.Equal("Deviation DEV-0201: freezer alarm.", hold.Reason);
        Assert.Equal(HoldSource.Person, hold.Source);
        Assert.NotEqual(default, hold.PlacedAt);
        Assert.Equal(LotStatus.Released, (await LotAsync("FN-24-0601")).Status); // a hold leaves the status alone

        var added = Assert.Single((await EventsAsync(lot)).Skip(before.Events));
        Assert.Equal(EventTypes.LotHoldChanged, added.Type);
        Assert.Equal("lots/KSR/KS-FN-CH296-2.5/FN-24-0601", added.Subject);
        using var data = JsonDocument.Parse(added.Data);
        Assert.Equal("placed", data.RootElement.GetProperty("change").GetString());
        Assert.Equal(hold.Id, data.RootElement.GetProperty("holdId").GetGuid());
        Assert.Equal(1, data.RootElement.GetProperty("activeHolds").GetInt32());
    }

    [Fact]
    public async Task LiftHold_lifts_the_named_hold_and_a_second_lift_is_a_409_that_stores_nothing()
    {
        var lot = await LotAsync("TX-25-0119");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(_qa, lot.Id, "PlaceHold", new { reason = "Label mix-up suspected." })).StatusCode);
        var hold = Assert.Single(await HoldsAsync(lot.Id));
        var beforeLift = await StateAsync(lot.Id);

        var lifted = await PostAsync(_qa, lot.Id, "LiftHold", new { holdId = hold.Id, reason = "Labels verified against the CoA." });

        Assert.Equal(HttpStatusCode.OK, lifted.StatusCode);
        var stored = Assert.Single(await HoldsAsync(lot.Id));
        Assert.NotNull(stored.LiftedAt);
        Assert.Equal(TestClients.Qa, stored.LiftedBy);
        Assert.Equal("Labels verified against the CoA.", stored.LiftReason);
        var added = Assert.Single((await EventsAsync(lot)).Skip(beforeLift.Events));
        Assert.Equal(EventTypes.LotHoldChanged, added.Type);
        using (var data = JsonDocument.Parse(added.Data))
        {
            Assert.Equal("lifted", data.RootElement.GetProperty("change").GetString());
            Assert.Equal(hold.Id, data.RootElement.GetProperty("holdId").GetGuid());
            Assert.Equal(0, data.RootElement.GetProperty("activeHolds").GetInt32());
        }

        var beforeSecond = await StateAsync(lot.Id);
        var second = await PostAsync(_qa, lot.Id, "LiftHold", new { holdId = hold.Id, reason = "Again." });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains(hold.Id.ToString(), (await second.ReadJsonAsync()).ErrorMessage(), StringComparison.Ordinal);
        Assert.Equal(beforeSecond, await StateAsync(lot.Id));
        Assert.Equal(stored.LiftedAt, Assert.Single(await HoldsAsync(lot.Id)).LiftedAt);
    }

    [Fact]
    public async Task LiftHold_with_an_unknown_or_missing_holdId_is_a_400_naming_holdId()
    {
        // NZ-24-301 carries the demo's active deviation hold; neither request may touch it.
        var lot = await LotAsync("NZ-24-301");
        var otherLotsHold = (await HoldsAsync((await LotAsync("LV-25-009")).Id)).First().Id;
        var before = await StateAsync(lot.Id);

        var unknown = await PostAsync(_qa, lot.Id, "LiftHold", new { holdId = Guid.NewGuid(), reason = "Lift it." });
        var foreign = await PostAsync(_qa, lot.Id, "LiftHold", new { holdId = otherLotsHold, reason = "Lift another lot's hold." });
        var missing = await PostAsync(_qa, lot.Id, "LiftHold", new { reason = "Lift it." });

        foreach (var response in new[] { unknown, foreign })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("holdId", (await response.ReadJsonAsync()).ErrorDetails().Select(d => d.Target));
        }

        // A missing non-nullable parameter fails OData's payload reader before the action runs; the answer still names it.
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains((await missing.ReadJsonAsync()).ErrorDetails(), d => d.Target == "holdId" || d.Message.Contains("holdId", StringComparison.Ordinal));

        Assert.Equal(before, await StateAsync(lot.Id));
        Assert.Single(await HoldsAsync(lot.Id), h => h.LiftedAt is null);
    }

    [Fact]
    public async Task PlaceHold_and_LiftHold_without_a_reason_are_400s_naming_reason_and_store_nothing()
    {
        var lot = await LotAsync("NZ-25-044");
        var active = (await HoldsAsync((await LotAsync("NZ-24-301")).Id)).Single(h => h.LiftedAt is null);
        var before = await StateAsync(lot.Id);

        var place = await PostAsync(_qa, lot.Id, "PlaceHold", new { reason = " " });

        Assert.Equal(HttpStatusCode.BadRequest, place.StatusCode);
        Assert.Contains("reason", (await place.ReadJsonAsync()).ErrorDetails().Select(d => d.Target));
        Assert.Equal(before, await StateAsync(lot.Id));

        var nuclease = await LotAsync("NZ-24-301");
        var beforeLift = await StateAsync(nuclease.Id);
        var lift = await PostAsync(_qa, nuclease.Id, "LiftHold", new { holdId = active.Id, reason = "" });

        Assert.Equal(HttpStatusCode.BadRequest, lift.StatusCode);
        Assert.Contains("reason", (await lift.ReadJsonAsync()).ErrorDetails().Select(d => d.Target));
        Assert.Equal(beforeLift, await StateAsync(nuclease.Id));
    }

    // ---- who may act ----

    [Theory]
    [InlineData("Release")]
    [InlineData("Reject")]
    [InlineData("Recall")]
    [InlineData("MarkConsumed")]
    [InlineData("PlaceHold")]
    [InlineData("LiftHold")]
    public async Task A_reader_without_am_write_gets_403_on_every_action_and_nothing_is_stored(string action)
    {
        using var reader = factory.CreateClientFor(TestClients.Reader);
        // The demo's ORB emergency-notice hold on LV-25-009 gives LiftHold a real hold to aim at.
        var lot = await LotAsync("LV-25-009");
        var hold = (await HoldsAsync(lot.Id)).First(h => h.Source == HoldSource.ChangeNotice);
        var before = await StateAsync(lot.Id);
        var holdsBefore = (await HoldsAsync(lot.Id)).Count;

        var response = await PostAsync(reader, lot.Id, action, new { reason = "Not allowed.", holdId = hold.Id });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await StateAsync(lot.Id));
        Assert.Equal(holdsBefore, (await HoldsAsync(lot.Id)).Count);
        Assert.Null((await HoldsAsync(lot.Id)).Single(h => h.Id == hold.Id).LiftedAt);
    }

    [Fact]
    public async Task A_supplier_writer_cannot_act_on_another_suppliers_lot_and_is_told_it_does_not_exist()
    {
        using var nwbWriter = factory.CreateClientFor(TestClients.SupplierNwbWriter);
        var lot = await LotAsync("GM-25-0214"); // Helix
        var before = await StateAsync(lot.Id);

        var response = await PostAsync(nwbWriter, lot.Id, "PlaceHold", new { reason = "Not my lot." });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await StateAsync(lot.Id));
        Assert.Empty(await HoldsAsync(lot.Id));
    }

    // ---- helpers ----

    /// <summary>What a refusal must leave unchanged: the lot's revision and status, and the whole outbox.</summary>
    private sealed record LotState(long Revision, LotStatus Status, int Events, int AllEvents);

    private async Task<LotState> StateAsync(Guid lotId)
    {
        await using var scope = factory.Scope(out var db);
        var lot = await db.Lots.AsNoTracking().SingleAsync(l => l.Id == lotId);
        var events = await db.OutboxMessages.CountAsync(m => m.Subject == LotLifecycle.Subject(lot));
        return new LotState(lot.Revision, lot.Status, events, await db.OutboxMessages.CountAsync());
    }

    private async Task<Lot> LotAsync(string lotNumber)
    {
        await using var scope = factory.Scope(out var db);
        return await db.Lots.AsNoTracking().SingleAsync(l => l.LotNumber == lotNumber);
    }

    private async Task<List<LotHold>> HoldsAsync(Guid lotId)
    {
        await using var scope = factory.Scope(out var db);
        return await db.Set<LotHold>().AsNoTracking().Where(h => h.LotId == lotId).ToListAsync();
    }

    /// <summary>The lot's outbox rows, oldest first (ids are version-7 GUIDs, so they sort by time).</summary>
    private async Task<List<OutboxMessage>> EventsAsync(Lot lot)
    {
        await using var scope = factory.Scope(out var db);
        var subject = LotLifecycle.Subject(lot);
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.Subject == subject).ToListAsync();
        return [.. rows.OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)];
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid lotId, string action, object body) =>
        client.PostAsJsonAsync(ActionUri(lotId, action), body);

    private static Task<HttpResponseMessage> PostRawAsync(HttpClient client, Guid lotId, string action, string json) =>
        client.PostAsync(ActionUri(lotId, action), new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    private static Uri ActionUri(Guid lotId, string action) => new($"/odata/Lots({lotId})/AmConnector.{action}", UriKind.Relative);
}
