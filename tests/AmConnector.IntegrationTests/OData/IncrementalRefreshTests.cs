using System.Net;
using AmConnector.Data;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Materials;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace AmConnector.IntegrationTests.OData;

/// <summary>
/// Power BI's incremental refresh filters each partition with RangeStart/RangeEnd on ModifiedAt
/// (samples/PowerBI.md). That only scales if the filter folds to SQL on both providers.
/// </summary>
public sealed class IncrementalRefreshTests(AmConnectorFactory factory, ITestOutputHelper output) : IClassFixture<AmConnectorFactory>
{
    // What Power Query sends for a partition: RangeStart inclusive, RangeEnd exclusive.
    private const string Range = "ModifiedAt ge 2020-01-01T00:00:00Z and ModifiedAt lt 2099-01-01T00:00:00Z";

    [Theory]
    [InlineData("Materials")]
    [InlineData("Lots")]
    [InlineData("Certificates")]
    [InlineData("ChangeNotices")]
    public async Task A_ModifiedAt_range_is_one_SQL_command_with_the_range_in_its_WHERE_on_SQLite(string set)
    {
        var client = factory.CreateClientFor(TestClients.Reader);
        await client.GetAsync($"/odata/{set}?$top=1"); // the token and its validation are not the query's SQL

        factory.Sql.Reset();
        using var response = await client.GetAsync($"/odata/{set}?$filter={Range}&$top=1000");
        var commands = factory.Sql.Commands;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.ReadJsonAsync()).Values());
        var sql = Assert.Single(commands);
        output.WriteLine(sql);
        Assert.Matches("""WHERE .*"ModifiedAt" >= @\w+ AND .*"ModifiedAt" < @\w+""", sql.ReplaceLineEndings(" "));
    }

    [Fact]
    public void A_ModifiedAt_range_translates_to_SQL_Server_as_a_datetimeoffset_range()
    {
        // No SQL Server here: the same FilterQueryOption the runner applies, on a SQL Server model, printed without a connection.
        using var db = new AmConnectorDbContext(new DbContextOptionsBuilder<AmConnectorDbContext>()
            .UseSqlServer("Server=127.0.0.1;Database=AmConnectorFolding;TrustServerCertificate=true")
            .Options);
        var model = AmConnector.OData.AmConnectorEdmModel.Instance;
        var materials = model.EntityContainer.FindEntitySet("Materials");
        var context = new ODataQueryContext(model, typeof(Material), null);
        var parser = new Microsoft.OData.UriParser.ODataQueryOptionParser(
            model, materials.EntityType, materials, new Dictionary<string, string> { ["$filter"] = Range });
        var filter = new FilterQueryOption(Range, context, parser);
        var settings = new ODataQuerySettings { HandleNullPropagation = HandleNullPropagationOption.False, EnableConstantParameterization = true };

        var sql = ((IQueryable<Material>)filter.ApplyTo(db.Materials.AsNoTracking(), settings)).ToQueryString();
        output.WriteLine(sql);

        Assert.Matches(@"WHERE .*\[m\]\.\[ModifiedAt\] >= @\w+ AND \[m\]\.\[ModifiedAt\] < @\w+", sql.ReplaceLineEndings(" "));
        Assert.Contains("datetimeoffset", sql, StringComparison.Ordinal);
    }
}
