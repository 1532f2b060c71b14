using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.Certificates;
using AmConnector.ChangeNotices;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Lots;
using AmConnector.Qualifications;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Webhooks.Inbound;

/// <summary>What each inbound event type does to the AM data, audited as caused by the event, with its outbox rows in the same commit.</summary>
public sealed class SupplierEventEffectsTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    [Fact]
    public async Task A_recall_moves_the_lot_to_Recalled_and_the_audit_names_the_supplier_and_the_event()
    {
        Lot lot;
        await using (var scope = factory.Scope(out var db))
        {
            lot = await StoredLots.Of(db).FirstAsync(l => l.SupplierCode == "NWB" && l.Status == LotStatus.Released);
        }

        var answer = await SendAsync("NWB", "am.lot.recalled", new { catalogueNumber = lot.CatalogueNumber, lotNumber = lot.LotNumber, reason = "Mycoplasma in retained sample" });

        await using var check = factory.Scope(out var after);
        Assert.Equal(LotStatus.Recalled, (await StoredLots.Of(after).SingleAsync(l => l.Id == lot.Id)).Status);
        var inboundId = answer.GetProperty("inboundEventId").GetGuid().ToString();
        var audit = await after.AuditEvents.SingleAsync(e => e.EntityKey == lot.Id.ToString() && e.InboundEventId == inboundId);
        Assert.Equal("NWB", audit.SupplierCode);
        Assert.Equal("supplier:NWB", audit.ClientId);
        Assert.Contains("Mycoplasma", audit.Reason, StringComparison.Ordinal);
        var message = await after.OutboxMessages.SingleAsync(m => m.Type == "am.lot.status-changed" && m.Subject.EndsWith("/" + lot.LotNumber));
        EventSchemas.AssertMatches(message.Type, message.Data);
    }

    [Fact]
    public async Task A_recall_of_an_unknown_lot_is_422_and_changes_nothing()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        using var client = factory.CreateAnonymousClient();

        using var response = await client.SendAsync(SupplierEvents.Post("NWB", secret,
            SupplierEvents.CloudEvent("am.lot.recalled", new { catalogueNumber = "NB-FBS-500", lotNumber = "NO-SUCH-LOT", reason = "x" })));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("/data/lotNumber", out _));
    }

    [Fact]
    public async Task An_issued_CoA_is_stored_judged_and_creates_the_lot_it_covers_in_quarantine()
    {
        var answer = await SendAsync("NWB", "am.coa.issued", new
        {
            catalogueNumber = "NB-RHSA-10",
            documentNumber = "COA-RA-26-901",
            issuedOn = "2026-11-20",
            lots = new[] { new { lotNumber = "RA-26-901", manufacturedOn = "2026-11-01", expiresOn = "2029-11-01" } },
            results = new object[]
            {
                new { testName = "Endotoxin", method = "USP <85>", specification = new { kind = "Numeric", upper = 10, unit = "[EU]/mL" }, reportedValue = 14, reportedUnit = "[EU]/mL" },
                new { testName = "Appearance", specification = new { kind = "Text", text = "Clear, colourless" }, reportedResult = "Clear, colourless" },
            },
        });

        Assert.Equal("OutOfSpecification", answer.GetProperty("result").GetProperty("verdict").GetString());
        await using var scope = factory.Scope(out var db);
        var coa = await db.Certificates.Include(c => c.Results).Include(c => c.Lots).SingleAsync(c => c.DocumentNumber == "COA-RA-26-901");
        Assert.Equal(CoaVerdict.OutOfSpecification, coa.Verdict);
        Assert.Equal(2, coa.Results.Count);
        Assert.Equal(LineVerdict.Fail, coa.Results.Single(r => r.TestName == "Endotoxin").Verdict);
        var lot = Assert.Single(coa.Lots);
        Assert.Equal(("RA-26-901", LotStatus.Quarantine), (lot.LotNumber, lot.Status));
        Assert.Contains(await db.OutboxMessages.Where(m => m.Type == "am.coa.out-of-specification").Select(m => m.Data).ToListAsync(),
            data => data.Contains("COA-RA-26-901", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_CoA_sent_twice_under_new_ids_is_a_409_conflict()
    {
        var data = new
        {
            catalogueNumber = "NB-RHSA-10", documentNumber = "COA-RA-26-902", issuedOn = "2026-11-20",
            lots = new[] { new { lotNumber = "RA-26-902" } },
            results = new[] { new { testName = "pH", specification = new { kind = "Numeric", lower = 6.7, upper = 7.3 }, reportedValue = 7.0 } },
        };
        await SendAsync("NWB", "am.coa.issued", data);
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        using var client = factory.CreateAnonymousClient();

        using var again = await client.SendAsync(SupplierEvents.Post("NWB", secret, SupplierEvents.CloudEvent("am.coa.issued", data)));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Product_information_that_makes_a_material_research_grade_raises_its_tier_and_requalifies()
    {
        (Guid Material, Guid Qualification, string Supplier, string Catalogue) target;
        await using (var scope = factory.Scope(out var db))
        {
            target = await db.Qualifications
                .Where(q => q.Status == QualificationStatus.Qualified || q.Status == QualificationStatus.ConditionallyQualified)
                .Join(db.Materials, q => q.MaterialId, m => m.Id, (q, m) => new { q, m })
                .Where(x => x.m.Tier.Effective < 4 && x.m.Tier.Override == null)
                .Select(x => ValueTuple.Create(x.m.Id, x.q.Id, x.m.SupplierCode, x.m.CatalogueNumber))
                .FirstAsync();
        }

        var answer = await SendAsync(target.Supplier, "am.product-information.updated", new { catalogueNumber = target.Catalogue, grade = "ResearchUseOnly" });

        Assert.Equal(4, answer.GetProperty("result").GetProperty("tier").GetInt32());
        await using var check = factory.Scope(out var after);
        Assert.Equal(4, (await after.Materials.SingleAsync(m => m.Id == target.Material)).Tier.Effective);
        Assert.Equal(QualificationStatus.RequalificationRequired, (await after.Qualifications.SingleAsync(q => q.Id == target.Qualification)).Status);
        var audit = await after.AuditEvents.Where(e => e.EntityKey == target.Material.ToString()).OrderBy(e => e.Sequence).LastAsync();
        Assert.Contains("ResearchUseOnly", audit.NewValues, StringComparison.Ordinal);
        Assert.Equal(answer.GetProperty("inboundEventId").GetGuid().ToString(), audit.InboundEventId);
    }

    [Fact]
    public async Task A_published_notice_is_stored_and_revised_and_withdrawn_by_the_supplier()
    {
        var notice = new
        {
            supplierReference = "NWB-SCN-TEST-1", version = 1, area = "Site", level = "Level2",
            title = "Filling moves to Cork", affectedCatalogueNumbers = new[] { "NB-FBS-500" }, plannedImplementationOn = "2027-09-01",
        };

        var published = await SendAsync("NWB", "am.change-notice.published", notice);
        var revised = await SendAsync("NWB", "am.change-notice.revised", notice with { version = 2, title = "Filling moves to Cork (revised)" });
        var withdrawn = await SendAsync("NWB", "am.change-notice.withdrawn", new { supplierReference = "NWB-SCN-TEST-1", reason = "Postponed" });

        var id = published.GetProperty("result").GetProperty("noticeId").GetGuid();
        Assert.Equal(id, revised.GetProperty("result").GetProperty("noticeId").GetGuid());
        Assert.Equal(2, revised.GetProperty("result").GetProperty("version").GetInt32());
        Assert.Equal("Cancelled", withdrawn.GetProperty("result").GetProperty("status").GetString());
        await using var scope = factory.Scope(out var db);
        var stored = await db.ChangeNotices.Include(n => n.Versions).SingleAsync(n => n.Id == id);
        Assert.Equal(ChangeNoticeStatus.Cancelled, stored.Status);
        Assert.Equal([1, 2], stored.Versions.Select(v => v.Version).Order());
    }

    [Fact]
    public async Task A_revision_that_is_not_newer_is_a_409_naming_both_versions()
    {
        var notice = new { supplierReference = "NWB-SCN-TEST-2", version = 3, area = "Process", level = "Level1", title = "Filter change" };
        await SendAsync("NWB", "am.change-notice.published", notice);
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        using var client = factory.CreateAnonymousClient();

        using var response = await client.SendAsync(SupplierEvents.Post("NWB", secret, SupplierEvents.CloudEvent("am.change-notice.revised", notice with { version = 2 })));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("/data/version")[0].GetString();
        Assert.Contains("2", message, StringComparison.Ordinal);
        Assert.Contains("3", message, StringComparison.Ordinal);
    }

    private async Task<JsonElement> SendAsync(string supplierCode, string type, object data)
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, supplierCode);
        using var client = factory.CreateAnonymousClient();
        using var response = await client.SendAsync(SupplierEvents.Post(supplierCode, secret, SupplierEvents.CloudEvent(type, data, supplierCode: supplierCode)));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
