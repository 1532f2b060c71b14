using System.Net.Http.Headers;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.OData.PlainFeed;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.OData;

/// <summary>
/// A page of entities written without OData's serializer (P2) is the same bytes OData writes, for
/// every entity set, with values that test the writer's formats: escaping, decimals, dates, times
/// with and without fractions, enums, nulls, the ETag, the count and the next link.
/// </summary>
public sealed class PlainFeedTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    private readonly HttpClient _lims = factory.CreateClientFor(TestClients.Reader);

    /// <summary>Minimal metadata asked for with a parameter the plain writer does not take: OData's serializer answers.</summary>
    private static readonly MediaTypeWithQualityHeaderValue ODataSerializer =
        MediaTypeWithQualityHeaderValue.Parse("application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false");

    public static TheoryData<string, string> Queries() => new()
    {
        { TestClients.Qa, "Lots?$top=1000" },
        { TestClients.Qa, "Lots?$top=7&$count=true&$orderby=ExpiresOn desc" },
        { TestClients.Qa, "Lots?$filter=Status eq 'Released'&$top=5" },
        { TestClients.Qa, "Lots?$top=0&$count=true" },
        { TestClients.Qa, "Lots?$orderby=LotNumber&$skip=3&$top=4" },
        { TestClients.Qa, "Lots?$filter=StatusReason eq 'nothing matches'" },
        { TestClients.SupplierNwb, "Lots" },
        { TestClients.Qa, "Lots?$filter=Status eq 'Released' and ExpiresOn lt 2099-06-01&$expand=Material($select=Name;$expand=Supplier($select=Code))&$top=50&$orderby=ExpiresOn" },
        { TestClients.Qa, "Lots?$select=LotNumber,Id&$top=3" },
        { TestClients.Qa, "Lots?$select=Id,Status&$filter=Status eq 'Released'&$top=3&$count=true" },
        { TestClients.Qa, "Lots?$expand=Material&$top=3" },
        { TestClients.Qa, "Lots?$select=LotNumber&$expand=Material($select=Name,CatalogueNumber)&$top=3" },
        { TestClients.Qa, "Lots?$expand=Material($select=Name;$expand=Supplier)&$top=3" },
        { TestClients.Qa, "Lots?$expand=Holds&$top=3" },
        { TestClients.Qa, "Qualifications?$expand=Material($select=Name)" },
        { TestClients.Qa, "Certificates?$expand=Material($select=Name)" },
        { TestClients.SupplierNwb, "Lots?$expand=Material($select=Name;$expand=Supplier($select=Code))" },
        { TestClients.Qa, "Suppliers" },
        { TestClients.Qa, "Materials" },
        { TestClients.Qa, "Certificates" },
        { TestClients.Qa, "Qualifications" },
        { TestClients.Qa, "RiskAssessments" },
        { TestClients.Qa, "ChangeNotices" },
        { TestClients.Qa, "AuditEvents?$top=300" },
        { TestClients.OnlyScope(AmConnector.Security.Scopes.ManageWebhooks), "WebhookDeliveries" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_plain_page_is_the_same_bytes_as_ODatas_serializer_writes(string client, string query)
    {
        await MakeTrickyValuesAsync();
        using var caller = factory.CreateClientFor(client);
        var uri = new Uri("/odata/" + query, UriKind.Relative);

        using var plain = await caller.GetAsync(uri);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(ODataSerializer);
        using var odata = await caller.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, odata.StatusCode);
        Assert.Equal(PlainFeedResult.ContentType, plain.Content.Headers.ContentType?.ToString());
        Assert.Equal(await odata.Content.ReadAsStringAsync(), await plain.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Lots?$top=3")]
    [InlineData("Lots?$expand=Material($select=Name;$expand=Supplier($select=Code))&$top=3")]
    public async Task Lots_and_their_material_and_supplier_are_written_by_the_plain_writer(string query)
    {
        var before = PlainFeedResult.PagesWritten;
        (await _lims.GetAsync(new Uri("/odata/" + query, UriKind.Relative))).EnsureSuccessStatusCode();

        Assert.True(PlainFeedResult.PagesWritten > before);
        Assert.NotNull(PlainFeedPlan.For(typeof(AmConnector.Lots.Lot), AmConnector.OData.AmConnectorEdmModel.Instance.EntityContainer.FindEntitySet("Lots").EntityType, []));
    }

    [Fact]
    public async Task A_projection_plan_reads_its_own_rows_from_EF_with_the_key_and_the_expansions()
    {
        var model = AmConnector.OData.AmConnectorEdmModel.Instance;
        var lots = model.EntityContainer.FindEntitySet("Lots");
        const string Select = "LotNumber";
        const string Expand = "Material($select=Name;$expand=Supplier($select=Code))";
        var clause = new Microsoft.OData.UriParser.ODataQueryOptionParser(model, lots.EntityType, lots,
            new Dictionary<string, string> { ["$select"] = Select, ["$expand"] = Expand }).ParseSelectAndExpand();
        var plan = PlainFeedPlan.ForProjection(model, lots, typeof(AmConnector.Lots.Lot), () => clause, Select, Expand);

        await using var scope = factory.Scope(out var db);
        var expected = await db.Lots.AsNoTracking().Include(l => l.Material).ThenInclude(m => m!.Supplier).OrderBy(l => l.LotNumber).Take(3).ToListAsync();
        var rows = await db.Lots.AsNoTracking().OrderBy(l => l.LotNumber).Take(3).Select(plan!.Projector<AmConnector.Lots.Lot>()).ToListAsync();

        Assert.True(plan.IsProjection);
        Assert.Equal("LotNumber,Material(Name,Supplier(Code))", plan.Projection);
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i].Id, plan.Key!.Read(rows[i]));
            Assert.Equal(expected[i].LotNumber, Assert.Single(plan.Properties).Read(rows[i]));
            var material = Assert.Single(plan.Expanded);
            var materialRow = material.Navigation.Read(rows[i])!;
            Assert.Equal(expected[i].Material!.Name, Assert.Single(material.Plan.Properties).Read(materialRow));
            var supplier = Assert.Single(material.Plan.Expanded);
            Assert.Equal(expected[i].Material!.Supplier!.Code, Assert.Single(supplier.Plan.Properties).Read(supplier.Navigation.Read(materialRow)!));
        }
    }

    private async Task MakeTrickyValuesAsync()
    {
        await using var scope = factory.Scope(out var db);
        var lot = await db.Lots.OrderBy(l => l.LotNumber).FirstAsync();
        if (lot.StatusReason?.StartsWith("Müller", StringComparison.Ordinal) == true)
        {
            return;
        }

        lot.StatusReason = "Müller & <Söhne> \"quoted\" 'single' \\ back / slash \u2028 line \t tab ☃ 😀 é";
        lot.Quantity = 12.50m;
        db.Audit.Reason = "Test: values that exercise the JSON writer.";
        await db.SaveChangesAsync();
    }
}
