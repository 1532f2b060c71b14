using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AmConnector.AuditTrail;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Lots;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.AuditTrail;

/// <summary>The audit trail (domain.md §5.7): one event per write, with who, what, when and why, in an append-only hash chain.</summary>
public sealed class AuditTrailTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    private readonly HttpClient _qa = factory.CreateClientFor(TestClients.Qa);

    [Fact]
    public async Task An_insert_and_an_update_are_each_audited_with_old_and_new_values_the_actor_and_the_reason()
    {
        var created = await _qa.PostAsJsonAsync("/odata/Suppliers", new { Code = "AUD1", Name = "Audit One", Country = "DE" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync()).GetProperty("Id").GetGuid();

        using var patch = new HttpRequestMessage(HttpMethod.Patch, new Uri($"/odata/Suppliers({id})", UriKind.Relative))
        {
            Content = new StringContent("""{"Name":"Audit One GmbH"}""", Encoding.UTF8, "application/json"),
        };
        patch.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        patch.Headers.Add(AuditScope.ReasonHeader, "Legal name changed after merger");
        Assert.True((await _qa.SendAsync(patch)).IsSuccessStatusCode);

        await using var scope = factory.Scope(out var db);
        var events = await db.AuditEvents.Where(e => e.EntityKey == id.ToString()).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([AuditAction.Insert, AuditAction.Update], events.Select(e => e.Action));
        Assert.All(events, e => Assert.Equal((TestClients.Qa, "Supplier", "AUD1"), (e.ClientId, e.EntityType, e.NaturalKey)));
        Assert.Null(events[0].OldValues);
        Assert.Equal("Audit One", JsonDocument.Parse(events[0].NewValues!).RootElement.GetProperty("Name").GetString());
        Assert.Equal("Audit One", JsonDocument.Parse(events[1].OldValues!).RootElement.GetProperty("Name").GetString());
        Assert.Equal("Audit One GmbH", JsonDocument.Parse(events[1].NewValues!).RootElement.GetProperty("Name").GetString());
        Assert.Equal("Legal name changed after merger", events[1].Reason);
        Assert.NotNull(events[1].CorrelationId);
    }

    [Fact]
    public async Task A_lot_status_change_is_a_status_change_event_carrying_the_actions_reason()
    {
        Guid lot;
        await using (var scope = factory.Scope(out var db))
        {
            lot = await db.Lots.Where(l => l.Status == LotStatus.Quarantine).Select(l => l.Id).FirstAsync();
        }

        var response = await _qa.PostAsJsonAsync($"/odata/Lots({lot})/AmConnector.Reject", new { reason = "Container damaged on arrival" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using (var scope = factory.Scope(out var db))
        {
            var audit = await db.AuditEvents.Where(e => e.EntityKey == lot.ToString()).OrderBy(e => e.Sequence).LastAsync();
            Assert.Equal(AuditAction.StatusChange, audit.Action);
            Assert.Equal("Container damaged on arrival", audit.Reason);
            Assert.Equal("Quarantine", JsonDocument.Parse(audit.OldValues!).RootElement.GetProperty("Status").GetString());
            Assert.Equal("Rejected", JsonDocument.Parse(audit.NewValues!).RootElement.GetProperty("Status").GetString());
        }
    }

    [Fact]
    public async Task An_API_key_is_audited_without_its_secret()
    {
        var created = await factory.CreateClientFor(TestClients.OnlyScope(AmConnector.Security.Scopes.ManageClients))
            .PostAsJsonAsync("/api/clients/api-keys", new { name = "Audited BI key" });
        var key = (await created.ReadJsonAsync()).GetProperty("key").GetString()!;

        await using var scope = factory.Scope(out var db);
        var audit = await db.AuditEvents.SingleAsync(e => e.EntityType == "ApiKey" && e.NewValues!.Contains("Audited BI key"));
        Assert.DoesNotContain("KeyHash", audit.NewValues!, StringComparison.Ordinal);
        Assert.DoesNotContain(key, audit.NewValues!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_GMP_relevant_change_without_a_reason_is_a_400_naming_the_reason_and_stores_nothing()
    {
        Guid material;
        await using (var scope = factory.Scope(out var db))
        {
            material = await db.Materials.Where(m => !m.RiskAssessments.Any()).Select(m => m.Id).FirstAsync();
        }

        var body = new { MaterialId = material, UseContext = "No reason", Hazards = new[] { new { Category = "Supply", Probability = 2, Severity = 2 } } };
        var withoutReason = await _qa.PostAsJsonAsync("/odata/RiskAssessments", body);
        using var withReason = new HttpRequestMessage(HttpMethod.Post, new Uri("/odata/RiskAssessments", UriKind.Relative)) { Content = JsonContent.Create(body) };
        withReason.Headers.Add(AuditScope.ReasonHeader, "Initial assessment of a new AM");
        var accepted = await _qa.SendAsync(withReason);

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        var error = await withoutReason.ReadJsonAsync();
        Assert.Contains(error.ErrorDetails(), d => d.Target == "reason" && d.Message.Contains(AuditScope.ReasonHeader, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        await using (var scope = factory.Scope(out var db))
        {
            Assert.Equal(1, await db.RiskAssessments.CountAsync(r => r.MaterialId == material));
        }
    }

    [Fact]
    public async Task In_a_batch_one_requests_reason_does_not_carry_over_to_the_next()
    {
        Guid lot, material;
        await using (var scope = factory.Scope(out var db))
        {
            lot = await db.Lots.Where(l => l.Status == LotStatus.Quarantine).OrderByDescending(l => l.Id).Select(l => l.Id).FirstAsync();
            material = await db.Materials.Where(m => !m.RiskAssessments.Any()).OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync();
        }

        var batch = JsonContent.Create(new
        {
            requests = new object[]
            {
                new { id = "1", method = "POST", url = $"Lots({lot})/AmConnector.Reject", headers = new Dictionary<string, string> { ["content-type"] = "application/json" }, body = new { reason = "Seal broken" } },
                new
                {
                    id = "2", method = "POST", url = "RiskAssessments", headers = new Dictionary<string, string> { ["content-type"] = "application/json" },
                    body = new { MaterialId = material, UseContext = "Batch", Hazards = new[] { new { Category = "Supply", Probability = 1, Severity = 1 } } },
                },
            },
        });
        var answer = await (await _qa.PostAsync(new Uri("/odata/$batch", UriKind.Relative), batch)).ReadJsonAsync();

        var statuses = answer.GetProperty("responses").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("status").GetInt32());
        Assert.Equal(200, statuses["1"]);
        Assert.Equal(400, statuses["2"]);
    }

    [Theory]
    [InlineData("UPDATE AuditEvents SET Reason = 'edited' WHERE Sequence = 1")]
    [InlineData("DELETE FROM AuditEvents WHERE Sequence = 1")]
    public async Task The_database_refuses_to_update_or_delete_an_audit_event(string sql)
    {
        await using var scope = factory.Scope(out var db);

        var refused = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync(sql));

        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eight_concurrent_writers_leave_an_intact_chain()
    {
        var writers = Enumerable.Range(1, 8).Select(async i =>
        {
            using var client = factory.CreateClientFor(TestClients.Qa);
            for (var j = 0; j < 5; j++)
            {
                var response = await client.PostAsJsonAsync("/odata/Suppliers", new { Code = $"CC{i}-{j}", Name = $"Concurrent {i}/{j}", Country = "FR" });
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }
        });
        await Task.WhenAll(writers);

        var verification = await (await factory.CreateClientFor(TestClients.OnlyScope(AmConnector.Security.Scopes.ReadAudit))
            .PostAsync(new Uri("/odata/VerifyAuditTrail", UriKind.Relative), null)).ReadJsonAsync();

        Assert.True(verification.GetProperty("Intact").GetBoolean(), verification.ToString());
        await using var scope = factory.Scope(out var db);
        Assert.Equal(40, await db.AuditEvents.CountAsync(e => e.EntityType == "Supplier" && e.NaturalKey!.StartsWith("CC")));
    }

    [Fact]
    public async Task Auditors_filter_the_trail_by_entity_key_and_actor()
    {
        Guid lot;
        await using (var scope = factory.Scope(out var db))
        {
            lot = await db.Lots.Select(l => l.Id).FirstAsync();
        }

        var auditor = factory.CreateClientFor(TestClients.OnlyScope(AmConnector.Security.Scopes.ReadAudit));
        var feed = await (await auditor.GetAsync(new Uri(
            $"/odata/AuditEvents?$filter=EntityType eq 'Lot' and EntityKey eq '{lot}'&$orderby=Sequence", UriKind.Relative))).ReadJsonAsync();
        var forbidden = await factory.CreateClientFor(TestClients.Reader).GetAsync(new Uri("/odata/AuditEvents", UriKind.Relative));

        Assert.NotEmpty(feed.Values());
        Assert.All(feed.Values(), e => Assert.Equal(lot.ToString(), e.GetProperty("EntityKey").GetString()));
        Assert.Equal("system:demo", feed.Values()[0].GetProperty("ClientId").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
