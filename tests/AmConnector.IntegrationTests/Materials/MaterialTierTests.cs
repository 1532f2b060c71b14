using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Materials;
using AmConnector.Outbox;
using AmConnector.Qualifications;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Materials;

/// <summary>The USP &lt;1043&gt; tier through the API: derived on change, raised tiers requalify, QA overrides with a reason.</summary>
public sealed class MaterialTierTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    [Fact]
    public async Task A_change_that_raises_the_tier_rederives_it_and_sends_qualifications_to_requalification()
    {
        Material material;
        await using (var scope = factory.Scope(out var db))
        {
            material = await db.Materials.AsNoTracking().FirstAsync(m =>
                m.Tier.Effective == 2 && m.Tier.Override == null && m.Qualifications.Any(q => q.Status == QualificationStatus.Qualified));
        }

        using var request = new HttpRequestMessage(HttpMethod.Patch, new Uri($"/odata/Materials({material.Id})", UriKind.Relative))
        {
            Content = new StringContent("""{"Grade":"ResearchUseOnly"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        var response = await factory.CreateClientFor(TestClients.Qa).SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        await using (var scope = factory.Scope(out var db))
        {
            var stored = await db.Materials.AsNoTracking().Include(m => m.Qualifications).SingleAsync(m => m.Id == material.Id);
            Assert.Equal(4, stored.Tier.Effective);
            Assert.Contains("research-use-only", stored.Tier.Rule, StringComparison.Ordinal);
            Assert.DoesNotContain(stored.Qualifications, q => q.Status == QualificationStatus.Qualified);
            Assert.Contains(stored.Qualifications, q => q.Status == QualificationStatus.RequalificationRequired && q.StatusReason!.Contains("tier rose from 2 to 4", StringComparison.Ordinal));
            Assert.True(await db.OutboxMessages.AnyAsync(m => m.Type == EventTypes.RequalificationRequired && m.Data.Contains(material.Id.ToString())));
        }
    }

    [Fact]
    public async Task QA_overrides_the_tier_with_a_reason_and_the_derived_tier_stays_visible()
    {
        Guid id;
        await using (var scope = factory.Scope(out var db))
        {
            id = await db.Materials.Where(m => m.Tier.Effective == 3 && m.Tier.Override == null).Select(m => m.Id).FirstAsync();
        }

        var withoutReason = await factory.CreateClientFor(TestClients.OnlyScope(AmConnector.Security.Scopes.AssessNotices))
            .PostAsJsonAsync($"/odata/Materials({id})/AmConnector.OverrideTier", new { tier = 4 });
        var byWriter = await factory.CreateClientFor(TestClients.OnlyScope(AmConnector.Security.Scopes.Write))
            .PostAsJsonAsync($"/odata/Materials({id})/AmConnector.OverrideTier", new { tier = 4, reason = "x" });
        // An override is signed by a person holding notices.assess (issue 7).
        var overridden = await factory.CreatePersonClient("qa.approver")
            .PostAsJsonAsync($"/odata/Materials({id})/AmConnector.OverrideTier", new { tier = 4, reason = "Supplier audit found animal-derived raw materials." });

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("reason", await withoutReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byWriter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        await using (var scope = factory.Scope(out var db))
        {
            var tier = (await db.Materials.AsNoTracking().SingleAsync(m => m.Id == id)).Tier;
            Assert.Equal((3, 4, 4), (tier.Derived, tier.Override, tier.Effective));
            Assert.Equal("Supplier audit found animal-derived raw materials.", tier.OverrideReason);
        }
    }

    [Fact]
    public async Task A_new_qualification_gets_the_checklist_of_the_materials_tier()
    {
        Guid materialId;
        await using (var scope = factory.Scope(out var db))
        {
            materialId = await db.Materials.Where(m => m.Tier.Effective == 4).Select(m => m.Id).FirstAsync();
        }

        var created = await factory.CreateClientFor(TestClients.Qa).PostAsJsonAsync("/odata/Qualifications", new { MaterialId = materialId, UseContext = "Checklist test" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync()).GetProperty("Id").GetGuid();
        await using (var scope = factory.Scope(out var db))
        {
            var qualification = await db.Qualifications.Include(q => q.Activities).SingleAsync(q => q.Id == id);
            Assert.Equal(4, qualification.UspTierAtQualification);
            Assert.Contains(qualification.Activities, a => a.Kind == QualificationActivityKind.TraceabilityAndCountryOfOrigin);
            Assert.All(qualification.Activities, a => Assert.Equal(ActivityStatus.Open, a.Status));
        }
    }
}
