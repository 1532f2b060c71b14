using System.Net;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Lots;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace AmConnector.IntegrationTests.OData;

/// <summary>
/// $filter on Lots binds so the database's indexes serve it (docs/performance.md, P3), with the
/// same rows as before: a date comparison is a plain comparison, and "effectively Released before a
/// date" is read from today on.
/// </summary>
public sealed class IndexFriendlyFilterTests(AmConnectorFactory factory, ITestOutputHelper output) : IClassFixture<AmConnectorFactory>
{
    private readonly HttpClient _reader = factory.CreateClientFor(TestClients.Reader);

    [Fact]
    public async Task A_date_comparison_is_a_plain_comparison_of_the_column_in_SQL()
    {
        var sql = await SqlOfAsync("/odata/Lots?$filter=ExpiresOn lt 2099-01-01&$select=Id&$top=5");

        Assert.Matches("""WHERE .*"ExpiresOn" < @\w+""", sql);
        Assert.DoesNotContain("strftime", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Released_lots_expiring_before_a_date_are_sought_from_today_on()
    {
        var sql = await SqlOfAsync("/odata/Lots?$filter=Status eq 'Released' and ExpiresOn lt 2099-01-01&$select=Id&$top=5");

        Assert.Matches("""WHERE .*"ExpiresOn" < @\w+ AND .*"ExpiresOn" >= date\(""", sql);
    }

    [Fact]
    public async Task Released_lots_are_also_sought_by_their_stored_status_which_the_status_and_expiry_index_holds()
    {
        var sql = await SqlOfAsync("/odata/Lots?$filter=Status eq 'Released' and ExpiresOn lt 2099-01-01&$select=Id&$top=5");

        // The view's computed column, and the table's own column beside it (the same row of the view).
        Assert.Matches("""WHERE .*"EffectiveStatus" = 'Released' AND .*"l"\."Status" = 'Released'""", sql);
    }

    [Fact]
    public async Task Released_lots_expiring_before_a_date_are_exactly_those_whose_effective_status_is_Released()
    {
        // A lot released in the table but past its expiry date reads as Expired (the view), so it is not among them.
        Guid lapsed;
        await using (var scope = factory.Scope(out var db))
        {
            lapsed = await db.Lots.AsNoTracking().Where(l => l.Status == LotStatus.Released).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
            var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await db.Database.ExecuteSqlAsync($"UPDATE Lots SET ExpiresOn = {yesterday} WHERE Id = {lapsed}");
        }

        List<Guid> expected;
        await using (var scope = factory.Scope(out var db))
        {
            expected = await db.Lots.AsNoTracking()
                .Where(l => l.Status == LotStatus.Released && l.ExpiresOn < new DateOnly(2099, 1, 1)).Select(l => l.Id).ToListAsync();
        }

        var page = await (await _reader.GetAsync("/odata/Lots?$filter=Status eq 'Released' and ExpiresOn lt 2099-01-01&$select=Id,Status&$top=1000")).ReadJsonAsync();
        var returned = page.Values().Select(v => v.GetProperty("Id").GetGuid()).ToList();

        Assert.NotEmpty(returned);
        Assert.Equal(expected.Order(), returned.Order());
        Assert.DoesNotContain(lapsed, returned);
    }

    private async Task<string> SqlOfAsync(string url)
    {
        await _reader.GetAsync("/odata/Lots?$top=1"); // the token and its validation are not the query's SQL
        factory.Sql.Reset();
        using var response = await _reader.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.ReadJsonAsync()).Values());
        var sql = Assert.Single(factory.Sql.Commands).ReplaceLineEndings(" ");
        output.WriteLine(sql);
        return sql;
    }
}
