using System.Net;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AmConnector.IntegrationTests.OData;

public sealed class QueryTests(AmConnectorFactory factory, ITestOutputHelper output) : IClassFixture<AmConnectorFactory>
{
    private readonly HttpClient _client = factory.CreateClientFor(TestClients.Reader);

    [Fact]
    public async Task Metadata_lists_the_seven_entity_sets()
    {
        var metadata = await _client.GetStringAsync("/odata/$metadata");

        foreach (var set in new[] { "Suppliers", "Materials", "Lots", "Certificates", "RiskAssessments", "Qualifications", "ChangeNotices" })
        {
            Assert.Contains($"<EntitySet Name=\"{set}\"", metadata, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Materials_with_count_and_top_return_the_demo_count_and_a_next_link()
    {
        await using var scope = factory.Scope(out var db);
        var stored = await db.Materials.CountAsync();

        var feed = await (await _client.GetAsync("/odata/Materials?$count=true&$top=5")).ReadJsonAsync();

        Assert.True(stored >= 16, $"the demo seeds all 16 materials of domain.md §7, found {stored}");
        Assert.Equal(stored, feed.GetProperty("@odata.count").GetInt32());
        Assert.Equal(5, feed.Values().Count);
        // In key order the next page continues after the last key (KeysetPagingTests).
        Assert.Contains("$skiptoken=", feed.GetProperty("@odata.nextLink").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Following_next_links_reads_every_lot_exactly_once()
    {
        await using var scope = factory.Scope(out var db);
        var expected = await db.Lots.Select(l => l.Id).ToListAsync();

        var seen = new List<Guid>();
        string? next = "/odata/Lots?$select=Id&$top=7";
        while (next is not null)
        {
            var page = await (await _client.GetAsync(next)).ReadJsonAsync();
            seen.AddRange(page.Values().Select(v => v.GetProperty("Id").GetGuid()));
            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        Assert.Equal(expected.Order(), seen.Order());
    }

    [Fact]
    public async Task A_LIMS_filters_lots_through_the_material_to_the_supplier_code()
    {
        var response = await _client.GetAsync(
            "/odata/Lots?$filter=Material/Supplier/Code eq 'NWB' and ExpiresOn lt 2099-01-01&$select=SupplierCode,ExpiresOn");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lots = (await response.ReadJsonAsync()).Values();
        Assert.NotEmpty(lots);
        Assert.All(lots, l => Assert.Equal("NWB", l.GetProperty("SupplierCode").GetString()));
    }

    [Fact]
    public async Task Enum_literals_filter_without_their_namespace()
    {
        var lots = (await (await _client.GetAsync("/odata/Lots?$filter=Status eq 'Released'&$select=Status")).ReadJsonAsync()).Values();

        Assert.NotEmpty(lots);
        Assert.All(lots, l => Assert.Equal("Released", l.GetProperty("Status").GetString()));
    }

    [Theory]
    [InlineData("/odata/Materials?$expand=Lots($select=LotNumber)&$top=3", "Lots")]
    [InlineData("/odata/Lots?$expand=Material($expand=Supplier)&$top=3", "Material")]
    [InlineData("/odata/Lots?$expand=Certificates($expand=Results)&$top=3", "Certificates")]
    [InlineData("/odata/ChangeNotices?$expand=AffectedMaterials($select=CatalogueNumber)&$top=3", "AffectedMaterials")]
    [InlineData("/odata/Lots?$expand=Holds&$top=3", "Holds")]
    [InlineData("/odata/Certificates?$expand=Lots($select=LotNumber),Results&$top=3", "Results")]
    public async Task Navigation_properties_expand(string url, string expanded)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All((await response.ReadJsonAsync()).Values(), v => Assert.True(v.TryGetProperty(expanded, out _)));
    }

    [Fact]
    public async Task The_representative_LIMS_query_is_one_SQL_command_whatever_the_page_size()
    {
        const string query = "/odata/Lots?$filter=Status eq 'Released'&$expand=Material($expand=Supplier)";
        await factory.TokenAsync(TestClients.Reader); // the token request's own SQL is not the query's

        factory.Sql.Reset();
        var small = await _client.GetAsync(query + "&$top=50");
        var smallCommands = factory.Sql.Commands;
        factory.Sql.Reset();
        var large = await _client.GetAsync(query + "&$top=1000");
        var largeCommands = factory.Sql.Commands;

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.OK, large.StatusCode);
        output.WriteLine(smallCommands.Single());
        Assert.Single(smallCommands);
        Assert.Single(largeCommands);
    }

    [Fact]
    public async Task A_valid_query_shape_is_validated_once_and_a_refused_one_every_time()
    {
        var runner = factory.Services.GetRequiredService<AmConnector.OData.ODataQueryRunner>();
        List<Guid> lots;
        await using (var scope = factory.Scope(out var db))
        {
            lots = await db.Lots.OrderBy(l => l.LotNumber).Select(l => l.Id).Take(2).ToListAsync();
        }

        (await _client.GetAsync($"/odata/Lots({lots[0]})?$select=LotNumber&$top=7")).EnsureSuccessStatusCode();
        var remembered = runner.ValidatedShapes;
        // The same shape for another key, and the same query again: nothing new to remember.
        (await _client.GetAsync($"/odata/Lots({lots[1]})?$select=LotNumber&$top=7")).EnsureSuccessStatusCode();
        (await _client.GetAsync($"/odata/Lots({lots[0]})?$select=LotNumber&$top=7")).EnsureSuccessStatusCode();
        Assert.Equal(remembered, runner.ValidatedShapes);

        // Beyond MaxTop (1,000): refused, twice, and never remembered.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var refused = await _client.GetAsync("/odata/Lots?$select=LotNumber&$top=5000");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        Assert.Equal(remembered, runner.ValidatedShapes);
        // At MaxTop, with a filter no other test asks: valid, and remembered once.
        (await _client.GetAsync("/odata/Lots?$select=LotNumber&$top=1000&$filter=LotNumber ne 'validated-shape-test'")).EnsureSuccessStatusCode();
        Assert.Equal(remembered + 1, runner.ValidatedShapes);
    }

    [Fact]
    public async Task A_count_request_is_one_SQL_command()
    {
        await factory.TokenAsync(TestClients.Reader);
        factory.Sql.Reset();
        var count = await _client.GetStringAsync("/odata/Lots/$count?$filter=Status eq 'Released'");

        Assert.True(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Single(factory.Sql.Commands);
    }

    [Fact]
    public async Task A_single_lot_reads_by_key_with_its_etag()
    {
        await using var scope = factory.Scope(out var db);
        var lot = await db.Lots.AsNoTracking().FirstAsync();

        var entity = await (await _client.GetAsync($"/odata/Lots({lot.Id})?$select=LotNumber,Revision")).ReadJsonAsync();

        Assert.Equal(lot.LotNumber, entity.GetProperty("LotNumber").GetString());
        Assert.StartsWith("W/\"", entity.GetProperty("@odata.etag").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_key_is_404_in_the_OData_error_format()
    {
        var response = await _client.GetAsync($"/odata/Lots({Guid.NewGuid()})");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NotFound", (await response.ReadJsonAsync()).ErrorCode());
    }

    [Theory]
    [InlineData("/odata/Lots?$filter=NoSuchProperty eq 1", "NoSuchProperty")]
    [InlineData("/odata/Lots?$filter=Status eq", "")]
    [InlineData("/odata/Lots?$orderby=Nope", "Nope")]
    [InlineData("/odata/Lots?$select=Nope", "Nope")]
    [InlineData("/odata/Lots?$top=2147483647", "1000")]
    [InlineData("/odata/Lots?$top=-1", "")]
    [InlineData("/odata/Lots?$filter=nosuchfunction(LotNumber)", "nosuchfunction")]
    [InlineData("/odata/Suppliers?$expand=Materials($expand=Lots($expand=Certificates($expand=Lots)))", "")]
    [InlineData("/odata/Lots?$apply=groupby((Status))", "")]
    public async Task A_bad_query_is_a_400_with_a_reason_never_a_500(string url, string reasonMentions)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.ReadJsonAsync();
        Assert.False(string.IsNullOrWhiteSpace(error.ErrorMessage()));
        Assert.Contains(reasonMentions, error.ErrorMessage(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_huge_filter_is_refused_by_the_node_count_limit()
    {
        var clauses = string.Join(" or ", Enumerable.Range(0, 300).Select(i => $"LotNumber eq 'L{i}'"));

        var response = await _client.GetAsync($"/odata/Lots?$filter={Uri.EscapeDataString(clauses)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_service_document_is_served_at_the_root()
    {
        var root = await (await _client.GetAsync("/odata")).ReadJsonAsync();

        Assert.Contains(root.GetProperty("value").EnumerateArray(), e => e.GetProperty("name").GetString() == "Lots");
        Assert.Equal(JsonValueKind.String, root.GetProperty("@odata.context").ValueKind);
    }
}
