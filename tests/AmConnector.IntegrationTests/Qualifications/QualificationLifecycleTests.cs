using System.Net;
using System.Net.Http.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Qualifications;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Qualifications;

/// <summary>Qualification lifecycle (domain.md §4.2) through the OData actions.</summary>
public sealed class QualificationLifecycleTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    private readonly HttpClient _qa = factory.CreateClientFor(TestClients.Qa);

    [Fact]
    public async Task A_qualification_completes_only_once_every_activity_is_done_or_waived()
    {
        var id = await NewQualificationAsync();

        await Expect(HttpStatusCode.OK, $"/odata/Qualifications({id})/AmConnector.Start", new { reason = "Supplier documentation received" });
        var early = await _qa.PostAsJsonAsync($"/odata/Qualifications({id})/AmConnector.Complete", new { outcome = "qualified", reason = "All done" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("open", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        List<(Guid Id, QualificationActivityKind Kind)> activities;
        await using (var scope = factory.Scope(out var db))
        {
            activities = [.. (await db.Set<QualificationActivity>().Where(a => a.QualificationId == id).ToListAsync()).Select(a => (a.Id, a.Kind))];
        }

        foreach (var (activityId, kind) in activities)
        {
            if (kind == QualificationActivityKind.PlanToMoveToGmpGrade)
            {
                await Expect(HttpStatusCode.OK, $"/odata/Qualifications({id})/AmConnector.WaiveActivity", new { activityId, reason = "Already GMP grade" });
            }
            else
            {
                await Expect(HttpStatusCode.OK, $"/odata/Qualifications({id})/AmConnector.CompleteActivity", new { activityId, evidence = $"QA-REC-{kind}" });
            }
        }

        // Completion is signed by a person (issue 7).
        await Expect(HttpStatusCode.OK, $"/odata/Qualifications({id})/AmConnector.Complete", new { outcome = "conditional", reason = "Performance acceptable", conditions = "Monitor endotoxin for three lots" }, factory.CreatePersonClient("qa.approver"));
        await using (var scope = factory.Scope(out var db))
        {
            var stored = await db.Qualifications.AsNoTracking().SingleAsync(q => q.Id == id);
            Assert.Equal(QualificationStatus.ConditionallyQualified, stored.Status);
            Assert.Equal("Monitor endotoxin for three lots", stored.Conditions);
            Assert.NotNull(stored.QualifiedAt);
        }
    }

    [Fact]
    public async Task An_illegal_transition_names_both_states_and_changes_nothing()
    {
        var id = await NewQualificationAsync();

        var response = await _qa.PostAsJsonAsync($"/odata/Qualifications({id})/AmConnector.RequireRequalification", new { reason = "Review due" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var message = (await response.ReadJsonAsync()).ErrorMessage();
        Assert.Contains("NotStarted", message, StringComparison.Ordinal);
        Assert.Contains("RequalificationRequired", message, StringComparison.Ordinal);
        await using var scope = factory.Scope(out var db);
        Assert.Equal(QualificationStatus.NotStarted, (await db.Qualifications.AsNoTracking().SingleAsync(q => q.Id == id)).Status);
    }

    [Fact]
    public async Task Lifecycle_decisions_need_a_reason_and_the_notices_assess_scope()
    {
        var id = await NewQualificationAsync();

        var noReason = await _qa.PostAsJsonAsync($"/odata/Qualifications({id})/AmConnector.Start", new { reason = "" });
        var writerOnly = await factory.CreateClientFor(TestClients.OnlyScope(AmConnector.Security.Scopes.Write))
            .PostAsJsonAsync($"/odata/Qualifications({id})/AmConnector.Start", new { reason = "Go" });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains((await noReason.ReadJsonAsync()).ErrorDetails(), d => d.Target == "reason");
        Assert.Equal(HttpStatusCode.Forbidden, writerOnly.StatusCode);
    }

    private async Task<Guid> NewQualificationAsync()
    {
        Guid materialId;
        await using (var scope = factory.Scope(out var db))
        {
            materialId = await db.Materials.Where(m => m.Tier.Effective == 2).Select(m => m.Id).FirstAsync();
        }

        var created = await _qa.PostAsJsonAsync("/odata/Qualifications", new { MaterialId = materialId, UseContext = $"Lifecycle test {Guid.NewGuid():N}" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.ReadJsonAsync()).GetProperty("Id").GetGuid();
    }

    private async Task Expect(HttpStatusCode expected, string url, object body, HttpClient? client = null)
    {
        var response = await (client ?? _qa).PostAsJsonAsync(url, body);
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
