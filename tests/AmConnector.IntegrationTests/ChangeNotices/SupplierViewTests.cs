using System.Net;
using System.Text.Json;
using AmConnector.ChangeNotices;
using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.ChangeNotices;

/// <summary>
/// A supplier's system reads its own notices and their user-side status, but not QA's assessment nor
/// the impact on the site's lots and qualifications, by any route OData offers.
/// </summary>
public sealed class SupplierViewTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    private readonly HttpClient _supplier = factory.CreateClientFor(TestClients.SupplierNwb);

    [Fact]
    public async Task A_supplier_reads_its_notices_with_status_but_without_assessment_or_proposal()
    {
        var notice = await DecidedNoticeAsync();

        var feed = await GetAsync(_supplier, "/odata/ChangeNotices");
        var rows = feed.Values();
        Assert.All(rows, r => Assert.Equal("NWB", r.GetProperty("SupplierCode").GetString()));
        var row = Assert.Single(rows, r => r.GetProperty("Id").GetGuid() == notice);
        Assert.Equal("Accepted", row.GetProperty("Status").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("Assessment").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("Proposal").ValueKind);
        Assert.DoesNotContain("Secret QA view", feed.ToString(), StringComparison.Ordinal);

        var one = await GetAsync(_supplier, $"/odata/ChangeNotices({notice})");
        Assert.Equal(JsonValueKind.Null, one.GetProperty("Assessment").ValueKind);

        var expanded = await GetAsync(_supplier, "/odata/Suppliers?$expand=ChangeNotices");
        Assert.DoesNotContain("Secret QA view", expanded.ToString(), StringComparison.Ordinal);
        var selected = await GetAsync(_supplier, $"/odata/ChangeNotices({notice})?$select=Status,Title,MissingItems");
        Assert.Equal("Accepted", selected.GetProperty("Status").GetString());

        // The site's own callers see both.
        using var qa = factory.CreateClientFor(TestClients.Qa);
        var site = await GetAsync(qa, $"/odata/ChangeNotices({notice})");
        Assert.Equal("Secret QA view of the impact.", site.GetProperty("Assessment").GetProperty("Impact").GetString());
        Assert.Equal(JsonValueKind.Object, site.GetProperty("Proposal").ValueKind);
    }

    [Theory]
    [InlineData("/odata/ChangeNotices?$select=Assessment")]
    [InlineData("/odata/ChangeNotices?$select=Title,Proposal")]
    [InlineData("/odata/ChangeNotices?$filter=Assessment/Decision eq 'Accepted'")]
    [InlineData("/odata/ChangeNotices?$orderby=Proposal/AffectedLotCount")]
    [InlineData("/odata/Suppliers?$expand=ChangeNotices($filter=startswith(Assessment/Impact,'S'))")]
    [InlineData("/odata/Materials?$expand=ChangeNotices($select=Assessment)")]
    public async Task A_supplier_query_that_names_the_assessment_or_proposal_is_refused(string url)
    {
        var response = await _supplier.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("site's own evaluation", (await response.ReadJsonAsync()).ErrorMessage(), StringComparison.Ordinal);
    }

    private async Task<Guid> DecidedNoticeAsync()
    {
        await using var scope = factory.Scope(out var db);
        var notice = await db.ChangeNotices.FirstAsync(n => n.SupplierCode == "NWB");
        notice.Status = ChangeNoticeStatus.Accepted;
        notice.Assessment.Impact = "Secret QA view of the impact.";
        notice.Assessment.Decision = "Accepted";
        db.Audit.Reason = "Test setup: a decided notice.";
        await db.SaveChangesAsync();
        return notice.Id;
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return body;
    }
}
