using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AmConnector.AuditTrail;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Security;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace AmConnector.IntegrationTests.AuditTrail;

/// <summary>Every GMP record shows its audit events with <c>$expand=AuditHistory</c>, to callers with audit.read (ADR-012).</summary>
public sealed class AuditHistoryTests(AmConnectorFactory factory, ITestOutputHelper output) : IClassFixture<AmConnectorFactory>
{
    private readonly HttpClient _qa = factory.CreateClientFor(TestClients.Qa);

    [Theory]
    [InlineData("Suppliers", "Name", "\"Audit history supplier\"")]
    [InlineData("Materials", "Description", "\"Audit history material\"")]
    [InlineData("Lots", "RetestOn", "\"2030-06-30\"")]
    [InlineData("Certificates", "Signatory", "\"Audit History Signatory\"")]
    [InlineData("RiskAssessments", "Summary", "\"Audit history risk summary\"")]
    [InlineData("Qualifications", "Conditions", "\"Audit history conditions\"")]
    [InlineData("ChangeNotices", "ContactName", "\"Audit History Contact\"")]
    public async Task A_change_made_through_the_API_is_in_the_records_expanded_AuditHistory_with_old_and_new_values(string set, string field, string newJson)
    {
        var record = (await (await _qa.GetAsync($"/odata/{set}?$top=1&$select=Id,Revision,{field}")).ReadJsonAsync()).Values()[0];
        var id = record.GetProperty("Id").GetGuid();
        var oldValue = record.GetProperty(field).Clone();

        using var patch = new HttpRequestMessage(HttpMethod.Patch, new Uri($"/odata/{set}({id})", UriKind.Relative))
        {
            Content = new StringContent($"{{\"{field}\":{newJson}}}", Encoding.UTF8, "application/json"),
        };
        patch.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        patch.Headers.Add(AuditScope.ReasonHeader, "Audit history test");
        var patched = await _qa.SendAsync(patch);
        Assert.True(patched.IsSuccessStatusCode, await patched.Content.ReadAsStringAsync());

        var response = await _qa.GetAsync($"/odata/{set}({id})?$select=Id&$expand=AuditHistory($orderby=Sequence)");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var history = (await response.ReadJsonAsync()).GetProperty("AuditHistory").EnumerateArray().ToList();
        Assert.NotEmpty(history);
        Assert.All(history, e => Assert.Equal(id.ToString(), e.GetProperty("EntityKey").GetString()));
        var sequences = history.Select(e => e.GetProperty("Sequence").GetInt64()).ToList();
        Assert.Equal(sequences.Order(), sequences);
        var last = history[^1];
        Assert.Equal("Audit history test", last.GetProperty("Reason").GetString());
        Assert.True(JsonElement.DeepEquals(oldValue, Value(last, "OldValues", field)), $"old {field}: {oldValue} != {Value(last, "OldValues", field)}");
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(newJson).RootElement, Value(last, "NewValues", field)), $"new {field}: {Value(last, "NewValues", field)}");
    }

    [Fact]
    public async Task A_caller_without_audit_read_gets_403_for_AuditHistory_and_200_without_it()
    {
        var reader = factory.CreateClientFor(TestClients.Reader);
        var lot = (await (await reader.GetAsync("/odata/Lots?$top=1&$select=Id")).ReadJsonAsync()).Values()[0].GetProperty("Id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/odata/Lots({lot})")).StatusCode);
        foreach (var url in new[]
                 {
                     $"/odata/Lots({lot})?$expand=AuditHistory",
                     "/odata/Lots?$expand=AuditHistory($orderby=Sequence)&$top=5",
                     "/odata/Materials?$expand=Lots($expand=AuditHistory)",
                     "/odata/Lots?$filter=AuditHistory/any(a: a/ClientId eq 't-qa')",
                     "/odata/Suppliers?$orderby=AuditHistory/$count desc",
                 })
        {
            var response = await reader.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var error = await response.ReadJsonAsync();
            Assert.Equal("Forbidden", error.ErrorCode());
            Assert.Contains(Scopes.ReadAudit, error.ErrorMessage(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_page_of_lots_with_their_history_is_one_SQL_command()
    {
        await factory.TokenAsync(TestClients.Qa); // the token request's own SQL is not the query's
        await _qa.GetAsync("/odata/Lots?$top=1"); // nor the first request's warm-up

        factory.Sql.Reset();
        var response = await _qa.GetAsync("/odata/Lots?$top=20&$expand=AuditHistory($orderby=Sequence)");
        var commands = factory.Sql.Commands;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lots = (await response.ReadJsonAsync()).Values();
        Assert.True(lots.Count > 1);
        Assert.All(lots, l => Assert.NotEmpty(l.GetProperty("AuditHistory").EnumerateArray()));
        output.WriteLine(string.Join("\n---\n", commands));
        Assert.Single(commands);
    }

    [Fact]
    public async Task A_supplier_with_audit_read_sees_in_AuditHistory_only_events_of_its_own_supplier()
    {
        Guid lot;
        await using (var scope = factory.Scope(out var db))
        {
            // An NWB lot whose history also holds an event recorded under another supplier: the filter must drop it.
            lot = await db.Lots.Where(l => l.SupplierCode == "NWB").Select(l => l.Id).FirstAsync();
        }

        await AppendForeignEventAsync(lot);

        var response = await factory.CreateClientFor(TestClients.SupplierNwbAuditor).GetAsync($"/odata/Lots({lot})?$expand=AuditHistory");
        var qaView = await (await _qa.GetAsync($"/odata/Lots({lot})?$expand=AuditHistory")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var history = (await response.ReadJsonAsync()).GetProperty("AuditHistory").EnumerateArray().ToList();
        Assert.NotEmpty(history);
        Assert.All(history, e => Assert.Equal("NWB", e.GetProperty("SupplierCode").GetString()));
        Assert.Contains(qaView.GetProperty("AuditHistory").EnumerateArray(), e => e.GetProperty("SupplierCode").GetString() == "HLX");
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClientFor(TestClients.SupplierNwb).GetAsync($"/odata/Lots({lot})?$expand=AuditHistory")).StatusCode);
    }

    [Fact]
    public async Task AuditHistory_cannot_be_posted_with_a_record()
    {
        var response = await _qa.PostAsync("/odata/Suppliers", new StringContent(
            """{"Code":"AHP1","Name":"Posted history","Country":"DE","AuditHistory":[{"Sequence":999999,"EntityType":"Supplier","EntityKey":"x","Action":"Insert","ClientId":"forged","PreviousHash":"","Hash":""}]}""",
            Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.ReadJsonAsync()).ErrorDetails(), d => d.Target == nameof(IAudited.AuditHistory));
        await using var scope = factory.Scope(out var db);
        Assert.False(await db.Suppliers.AnyAsync(s => s.Code == "AHP1"));
    }

    [Fact]
    public async Task Every_event_of_a_GMP_record_is_linked_to_it_as_its_type_and_key_say()
    {
        await using var scope = factory.Scope(out var db);
        var events = await db.AuditEvents.AsNoTracking().ToListAsync();

        Assert.Contains(events, e => e.LotId is not null);
        Assert.All(events, e => Assert.True(AuditHistoryLinks.Matches(e), $"event {e.Sequence} ({e.EntityType} {e.EntityKey})"));
    }

    private static JsonElement Value(JsonElement audit, string values, string field) =>
        JsonDocument.Parse(audit.GetProperty(values).GetString()!).RootElement.GetProperty(field).Clone();

    /// <summary>An audit event about the lot recorded under supplier HLX, written through the audit trail as a system job would.</summary>
    private async Task AppendForeignEventAsync(Guid lot)
    {
        await using var scope = factory.Scope(out var db);
        var entity = await db.Lots.SingleAsync(l => l.Id == lot);
        entity.StatusReason = "Audit history scoping " + Guid.NewGuid();
        db.Audit.SystemActor = "system:test";
        db.Audit.SupplierCode = "HLX";
        db.Audit.Reason = "Audit history scoping test";
        await db.SaveChangesAsync();
    }
}
