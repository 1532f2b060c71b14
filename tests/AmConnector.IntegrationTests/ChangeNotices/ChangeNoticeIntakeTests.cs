using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.ChangeNotices;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Lots;
using AmConnector.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace AmConnector.IntegrationTests.ChangeNotices;

/// <summary>
/// What the intake derives on receipt (domain.md §5.4, §5.5): lead time against the quality agreement
/// or the site default, the missing data-package items, and the impact on the demo data; on a fixed
/// clock, so that "today" and the notice's dates are known.
/// </summary>
public sealed class ChangeNoticeIntakeTests(ChangeNoticeIntakeTests.ClockedFactory factory) : IClassFixture<ChangeNoticeIntakeTests.ClockedFactory>
{
    // Fixed for the whole class (tokens, the demo seed and the intake read it); captured once, not ticking.
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    private static readonly string[] Serum = ["NB-FBS-500"];

    [Fact]
    public async Task A_short_notice_is_stored_with_its_shortfall_against_the_quality_agreement_and_announced_not_refused()
    {
        // Northwind's agreement asks 180 days for a level-2 change; 60 are given. No NotifiedAt: it is the arrival time.
        var notice = Notices.New("NWB", "IN-SHORT-1", ChangeArea.Process, ChangeLevel.Level2, "NB-HSA25-50");
        notice.NotifiedAt = default;
        notice.PlannedImplementationOn = Today.AddDays(60);

        var stored = await PublishAsync(notice);

        Assert.Equal(Now, stored.NotifiedAt);
        Assert.Equal(60, stored.LeadTimeDays);
        Assert.Equal(180, stored.RequiredLeadTimeDays);
        Assert.Equal(120, stored.LeadTimeShortfallDays);
        Assert.False(stored.RequiresImmediateTriage);
        var received = Assert.Single(await Notices.EventsAsync(factory, stored), e => e.Type == EventTypes.ChangeNoticeReceived);
        EventSchemas.AssertMatches(received.Type, received.Data);
        var leadTime = JsonDocument.Parse(received.Data).RootElement.GetProperty("leadTime");
        Assert.True(leadTime.GetProperty("isShort").GetBoolean());
        Assert.Equal(120, leadTime.GetProperty("shortfallDays").GetInt32());
    }

    [Theory]
    [InlineData("KSR", ChangeArea.Other, ChangeLevel.Level3, 200, 270, 70)] // Kestrel's stricter agreement
    [InlineData("ORB", ChangeArea.Other, ChangeLevel.Level1, 100, 90, null)] // Orbital has no notice days: site default
    [InlineData("ORB", ChangeArea.Discontinuation, ChangeLevel.Level2, 300, 365, 65)] // discontinuation default
    [InlineData("HLX", ChangeArea.Other, ChangeLevel.Level0, 5, null, null)] // for information: no minimum
    public async Task The_required_notice_comes_from_the_quality_agreement_else_the_site_default(
        string supplier, ChangeArea area, ChangeLevel level, int days, int? required, int? shortfall)
    {
        var notice = Notices.New(supplier, $"IN-LT-{supplier}-{area}-{level}", area, level);
        notice.NotifiedAt = Now.AddDays(-1);
        notice.PlannedImplementationOn = Today.AddDays(days - 1);

        var stored = await PublishAsync(notice);

        Assert.Equal((days, required, shortfall), (stored.LeadTimeDays!.Value, stored.RequiredLeadTimeDays, stored.LeadTimeShortfallDays));
    }

    [Fact]
    public async Task An_emergency_notice_is_flagged_for_immediate_triage()
    {
        var notice = Notices.New("ORB", "IN-EMERG-1", ChangeArea.Process, ChangeLevel.Emergency, "OV-PDNA-GAGPOL-1");
        notice.PlannedImplementationOn = Today;

        var stored = await PublishAsync(notice);

        Assert.True(stored.RequiresImmediateTriage);
        Assert.Null(stored.RequiredLeadTimeDays);
        Assert.Null(stored.LeadTimeShortfallDays);
    }

    [Fact]
    public async Task Missing_data_package_items_are_listed_with_stable_codes_returned_and_announced()
    {
        // A source change of the bovine serum: animal origin, so a TSE/BSE statement is required too.
        var notice = new ChangeNotice
        {
            SupplierCode = "NWB", SupplierReference = "IN-DATA-1", Area = ChangeArea.SourceOrOrigin, Level = ChangeLevel.Level2,
            Title = "New serum collection region", AffectedCatalogueNumbers = ["NB-FBS-500"], NotifiedAt = Now,
            SupportingDocuments = [new() { Title = "CoO", Kind = "Certificate of origin" }, new() { Title = "Stability", Kind = "stability-data" }],
        };

        var result = await Notices.PublishAsync(factory, notice);

        Assert.True(result.Succeeded);
        Assert.Equal(
            ["description", "rationale", "planned-implementation-date", "comparability-data", "risk-assessment-summary", "first-affected-lot-or-date", "tse-bse-statement"],
            result.MissingItems.Select(m => m.Code));
        Assert.All(result.MissingItems, m => Assert.False(string.IsNullOrWhiteSpace(m.Description)));
        var stored = await Notices.LoadAsync(factory, result.Notice!.Id);
        Assert.Equal(result.MissingItems.Select(m => m.Code), stored.MissingItems.Select(m => m.Code));
        var acknowledged = Assert.Single(await Notices.EventsAsync(factory, stored), e => e.Type == EventTypes.ChangeNoticeAcknowledged);
        EventSchemas.AssertMatches(acknowledged.Type, acknowledged.Data);
        Assert.Equal(7, JsonDocument.Parse(acknowledged.Data).RootElement.GetProperty("missingItems").GetArrayLength());
    }

    [Fact]
    public async Task The_impact_of_a_process_change_names_the_open_lots_qualification_and_risk_assessment_of_the_serum()
    {
        var notice = Notices.New("NWB", "IN-IMPACT-1", ChangeArea.Process, ChangeLevel.Level2, "NB-FBS-500", "NB-NOT-OURS");

        var stored = await PublishAsync(notice);

        Assert.Equal("NB-FBS-500", Assert.Single(stored.AffectedMaterials).CatalogueNumber);
        // FB-23-1187 (released, expires in 12 days), FB-25-0311, FB-25-0312 (released), FB-25-0874 (quarantine).
        Assert.Equal(["FB-23-1187", "FB-25-0311", "FB-25-0312", "FB-25-0874"], stored.Proposal.AffectedLots.Select(l => l.LotNumber));
        Assert.Equal(4, stored.Proposal.AffectedLotCount);
        Assert.Equal("T-cell expansion", Assert.Single(stored.Proposal.AffectedQualifications).UseContext);
        Assert.Single(stored.Proposal.AffectedRiskAssessments);
        Assert.Equal(["NB-NOT-OURS"], stored.Proposal.UnmatchedCatalogueNumbers);
        Assert.True(stored.Proposal.RequalificationProposed);
        Assert.False(stored.Proposal.LotHoldProposed);
        var action = Assert.Single(stored.Proposal.Actions);
        Assert.Equal(NoticeAction.RequireRequalification, action.Action);
        Assert.Contains("level 2 and a Process change", action.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_change_naming_a_lot_proposes_holding_that_lot_only()
    {
        // The lentiviral vector: LV-25-003 (conditionally released) and LV-25-009 (quarantine) are open.
        var notice = Notices.New("ORB", "IN-HOLD-1", ChangeArea.SourceOrOrigin, ChangeLevel.Level1, "OV-LV-CD19-1E9");
        notice.AffectedLotNumbers = ["LV-25-009"];

        var stored = await PublishAsync(notice);

        Assert.Equal(["LV-25-003", "LV-25-009"], stored.Proposal.AffectedLots.Select(l => l.LotNumber));
        Assert.Equal(["LV-25-009"], stored.Proposal.AffectedLots.Where(l => l.HoldProposed).Select(l => l.LotNumber));
        Assert.True(stored.Proposal.LotHoldProposed);
        Assert.True(stored.Proposal.RequalificationProposed);
        Assert.Contains(stored.Proposal.Actions, a => a.Action == NoticeAction.HoldLots && a.Explanation.Contains("LV-25-009", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_notice_with_the_same_reference_is_a_conflict()
    {
        await PublishAsync(Notices.New("HLX", "IN-DUP-1", ChangeArea.Other, ChangeLevel.Level1, "HX-IL2-22M"));

        var again = await Notices.PublishAsync(factory, Notices.New("HLX", "IN-DUP-1", ChangeArea.Other, ChangeLevel.Level1, "HX-IL2-22M"));

        Assert.True(again.IsConflict);
        Assert.Contains("HLX/IN-DUP-1 already exists", Assert.Single(again.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_comes_back_as_errors_naming_the_fields_and_nothing_is_stored()
    {
        var notice = Notices.New("XXX", "not a reference!", ChangeArea.Process, ChangeLevel.Level1, "NB-FBS-500");
        notice.Title = new string('t', 501);

        var result = await Notices.PublishAsync(factory, notice);

        Assert.False(result.Succeeded);
        Assert.Equal(["SupplierCode", "SupplierReference", "Title"], result.Errors.Select(e => e.Field).Order());
        await using var scope = factory.Scope(out var db);
        Assert.False(await db.ChangeNotices.AnyAsync(n => n.SupplierReference == "not a reference!"));
    }

    [Fact]
    public async Task A_notice_entered_by_hand_goes_through_the_same_intake()
    {
        using var qa = factory.CreateClientFor(TestClients.Qa);

        var response = await qa.PostAsJsonAsync("/odata/ChangeNotices", new
        {
            SupplierCode = "NWB", SupplierReference = "IN-HAND-1", Area = "Process", Level = "Level2", Title = "Paper notice: new filter supplier",
            NotifiedAt = Now.AddDays(-2), PlannedImplementationOn = Today.AddDays(30), AffectedCatalogueNumbers = Serum,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(32, body.GetProperty("LeadTimeDays").GetInt32());
        Assert.Equal(148, body.GetProperty("LeadTimeShortfallDays").GetInt32());
        Assert.Contains("comparability-data", body.GetProperty("MissingItems").EnumerateArray().Select(m => m.GetProperty("Code").GetString()));
        var stored = await Notices.LoadAsync(factory, body.GetProperty("Id").GetGuid());
        Assert.Equal(4, stored.Proposal.AffectedLotCount);
        Assert.Single(stored.Versions);
        Assert.Contains("IN-HAND-1", stored.Versions[0].Payload, StringComparison.Ordinal);
        var events = await Notices.EventsAsync(factory, stored);
        Assert.Equal([EventTypes.ChangeNoticeAcknowledged, EventTypes.ChangeNoticeReceived], events.Select(e => e.Type).Order());

        var duplicate = await qa.PostAsJsonAsync("/odata/ChangeNotices", new
        {
            SupplierCode = "NWB", SupplierReference = "IN-HAND-1", Area = "Process", Level = "Level2", Title = "Again", NotifiedAt = Now,
        });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
    }

    private async Task<ChangeNotice> PublishAsync(ChangeNotice notice)
    {
        var result = await Notices.PublishAsync(factory, notice);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return await Notices.LoadAsync(factory, result.Notice!.Id);
    }

    /// <summary>The demo seeded and every instant read at <see cref="Now"/>, which does not move.</summary>
    public sealed class ClockedFactory : AmConnectorFactory
    {
        public FakeTimeProvider TestClock { get; } = new(Now);

        protected override TimeProvider? Clock => TestClock;
    }
}
