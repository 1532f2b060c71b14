using System.Net;
using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace AmConnector.IntegrationTests.OData;

/// <summary>
/// Server-driven paging in key order continues after the last key ($skiptoken), so a deep page is a
/// seek on the primary key rather than an OFFSET over every row before it (docs/performance.md, P2).
/// </summary>
public sealed class KeysetPagingTests(AmConnectorFactory factory, ITestOutputHelper output) : IClassFixture<AmConnectorFactory>
{
    private readonly HttpClient _reader = factory.CreateClientFor(TestClients.Reader);

    [Fact]
    public async Task A_next_link_in_key_order_carries_the_last_key_as_skiptoken_and_no_skip()
    {
        var first = await (await _reader.GetAsync("/odata/Lots?$top=5&$skip=2")).ReadJsonAsync();

        var next = first.GetProperty("@odata.nextLink").GetString()!;
        var last = first.Values()[^1].GetProperty("Id").GetGuid();
        Assert.Contains($"$skiptoken={last}", Uri.UnescapeDataString(next), StringComparison.Ordinal);
        Assert.DoesNotContain("$skip=", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Top_zero_is_an_empty_page_with_its_count_and_no_next_link()
    {
        var response = await _reader.GetAsync("/odata/Lots?$top=0&$count=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadJsonAsync();
        Assert.Empty(page.Values());
        Assert.True(page.GetProperty("@odata.count").GetInt32() > 0);
        Assert.False(page.TryGetProperty("@odata.nextLink", out _));
    }

    [Fact]
    public async Task The_page_after_a_skiptoken_is_a_seek_on_the_key_without_OFFSET_rows()
    {
        var first = await (await _reader.GetAsync("/odata/Lots?$top=5")).ReadJsonAsync();
        var next = first.GetProperty("@odata.nextLink").GetString()!;

        factory.Sql.Reset();
        var second = await (await _reader.GetAsync(new Uri(next))).ReadJsonAsync();
        var sql = Assert.Single(factory.Sql.Commands).ReplaceLineEndings(" ");
        output.WriteLine(sql);

        Assert.Matches("""WHERE .*"Id" > @\w+""", sql);
        Assert.Equal(5, second.Values().Count);
    }

    [Fact]
    public async Task Following_next_links_with_a_filter_and_a_projection_reads_each_matching_lot_once()
    {
        await using var scope = factory.Scope(out var db);
        var expected = await db.Lots.AsNoTracking().Where(l => l.ExpiresOn < new DateOnly(2099, 1, 1)).Select(l => l.Id).ToListAsync();

        var seen = new List<Guid>();
        string? next = "/odata/Lots?$filter=ExpiresOn lt 2099-01-01&$select=Id&$expand=Material($select=Name)&$top=4";
        while (next is not null)
        {
            var page = await (await _reader.GetAsync(next)).ReadJsonAsync();
            seen.AddRange(page.Values().Select(v => v.GetProperty("Id").GetGuid()));
            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        Assert.Equal(expected.Order(), seen.Order());
    }

    [Fact]
    public async Task A_feed_with_its_own_orderby_keeps_skip()
    {
        var page = await (await _reader.GetAsync("/odata/Lots?$orderby=ExpiresOn&$top=5")).ReadJsonAsync();

        Assert.Contains("$skip=5", page.GetProperty("@odata.nextLink").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_skiptoken_that_is_not_a_key_is_still_the_change_feeds_and_a_400()
    {
        using var response = await _reader.GetAsync("/odata/Lots?$skiptoken=page-two");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
