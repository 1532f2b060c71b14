using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Lots;
using AmConnector.Qualifications;
using AmConnector.Risk;
using Json.Schema;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Contracts;

/// <summary>
/// Every outbound event type has a schema in contracts/events/ whose examples are valid, and every
/// event AmConnector writes to its outbox validates against the schema of its type.
/// </summary>
public sealed class EventContractTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    public static TheoryData<string> SchemaFiles => [.. Directory.GetFiles(RepositoryRoot.Combine("contracts", "events"), "*.schema.json").Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Each_schema_is_valid_and_so_are_its_examples(string file)
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("contracts", "events", file));
        var schema = EventSchemas.Load(text);
        var examples = JsonDocument.Parse(text).RootElement.GetProperty("examples").EnumerateArray().ToList();

        Assert.Equal(file, JsonDocument.Parse(text).RootElement.GetProperty("$id").GetString()!.Split('/')[^1]);
        Assert.NotEmpty(examples);
        Assert.All(examples, example => EventSchemas.AssertValid(schema, example, file));
    }

    [Fact]
    public async Task Every_event_written_to_the_outbox_matches_the_schema_of_its_type()
    {
        await ProduceEveryKindOfEventAsync();

        await using var scope = factory.Scope(out var db);
        var messages = await db.OutboxMessages.AsNoTracking().ToListAsync();
        Assert.Equal(
            ["am.change-notice.acknowledged", "am.change-notice.assessed", "am.change-notice.information-requested", "am.change-notice.received",
             "am.coa.out-of-specification", "am.coa.received", "am.lot.hold-changed", "am.lot.status-changed",
             "am.qualification.requalification-required", "am.risk.reclassified"],
            messages.Select(m => m.Type).Distinct().Order());
        foreach (var message in messages)
        {
            EventSchemas.AssertMatches(message.Type, message.Data);
            Assert.False(string.IsNullOrEmpty(message.Subject));
        }
    }

    private async Task ProduceEveryKindOfEventAsync()
    {
        using var qa = factory.CreateClientFor(TestClients.Qa);
        Guid quarantined, anyLot, qualified, material, coaLot, coaMaterial;
        await using (var scope = factory.Scope(out var db))
        {
            quarantined = await db.Lots.Where(l => l.Status == LotStatus.Quarantine).Select(l => l.Id).FirstAsync();
            anyLot = await db.Lots.Where(l => l.Id != quarantined).Select(l => l.Id).FirstAsync();
            qualified = await db.Qualifications.Where(q => q.Status == QualificationStatus.Qualified).Select(q => q.Id).FirstAsync();
            material = await db.RiskAssessments.Where(r => r.Level != RiskLevel.High).Select(r => r.MaterialId).FirstAsync();
            (coaLot, coaMaterial) = await db.Lots.Where(l => l.Status == LotStatus.Quarantine && l.Id != quarantined)
                .Select(l => ValueTuple.Create(l.Id, l.MaterialId)).FirstAsync();
        }

        // A CoA whose endotoxin result is above the supplier's limit: received, and out of specification.
        var coa = new Dictionary<string, object>
        {
            ["Type"] = "CertificateOfAnalysis",
            ["MaterialId"] = coaMaterial,
            ["DocumentNumber"] = "CONTRACT-COA-1",
            ["IssuedOn"] = "2026-11-01",
            ["Lots@odata.bind"] = new[] { $"Lots({coaLot})" },
            ["Results"] = new[]
            {
                new { TestName = "Endotoxin", Method = "USP <85>", Specification = new { Kind = "Numeric", Upper = 10, Unit = "[EU]/mL" }, ReportedValue = 14, ReportedUnit = "[EU]/mL" },
            },
        };
        await Ok(qa.PostAsJsonAsync("/odata/Certificates", coa));

        await Ok(qa.PostAsJsonAsync($"/odata/Lots({quarantined})/AmConnector.Reject", new { reason = "Contract test: damaged in transit" }));
        await Ok(qa.PostAsJsonAsync($"/odata/Lots({anyLot})/AmConnector.PlaceHold", new { reason = "Contract test: deviation" }));
        Guid holdId;
        await using (var scope = factory.Scope(out var db))
        {
            holdId = await db.Set<LotHold>().Where(h => h.LotId == anyLot && h.LiftedAt == null).OrderByDescending(h => h.PlacedAt).Select(h => h.Id).FirstAsync();
        }

        await Ok(qa.PostAsJsonAsync($"/odata/Lots({anyLot})/AmConnector.LiftHold", new { holdId, reason = "Contract test: deviation closed" }));
        await Ok(qa.PostAsJsonAsync($"/odata/Qualifications({qualified})/AmConnector.RequireRequalification", new { reason = "Contract test: periodic review due" }));
        using var risk = new HttpRequestMessage(HttpMethod.Post, new Uri("/odata/RiskAssessments", UriKind.Relative))
        {
            Content = JsonContent.Create(new
            {
                MaterialId = material,
                UseContext = "Contract test",
                Hazards = new[] { new { Category = "AdventitiousAgent", Probability = 5, Severity = 5, Description = "New viral risk" } },
            }),
        };
        risk.Headers.Add(AmConnector.AuditTrail.AuditScope.ReasonHeader, "Supplier reported a new viral risk");
        await Ok(qa.SendAsync(risk));

        // A notice entered by hand (received, acknowledged), triaged (acknowledged), asked about, decided (assessed).
        using var created = await qa.PostAsJsonAsync("/odata/ChangeNotices", new
        {
            SupplierCode = "NWB", SupplierReference = "CONTRACT-SCN-1", Area = "Process", Level = "Level2", Title = "Contract test notice",
            NotifiedAt = DateTimeOffset.UtcNow, PlannedImplementationOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30), AffectedCatalogueNumbers = NoticeMaterials,
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var notice = (await created.ReadJsonAsync()).GetProperty("Id").GetGuid();
        await Ok(qa.PostAsJsonAsync($"/odata/ChangeNotices({notice})/AmConnector.Triage", new { }));
        await Ok(qa.PostAsJsonAsync($"/odata/ChangeNotices({notice})/AmConnector.RequestInformation", new { items = NoticeMaterials, message = "Contract test: which lots?" }));
        await Ok(qa.PostAsJsonAsync($"/odata/ChangeNotices({notice})/AmConnector.StartAssessment", new { }));
        using var approver = factory.CreatePersonClient("qa.approver");
        await Ok(approver.PostAsJsonAsync($"/odata/ChangeNotices({notice})/AmConnector.Decide",
            new { decision = "Rejected", impact = "Contract test impact", reason = "Contract test: no data" }));
    }

    private static readonly string[] NoticeMaterials = ["NB-FBS-500"];

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
