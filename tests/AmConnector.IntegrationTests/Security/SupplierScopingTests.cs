using System.Net;
using System.Text;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Lots;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Security;

/// <summary>A supplier's system sees and writes its own supplier's records only, through every query shape.</summary>
public sealed class SupplierScopingTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    private readonly HttpClient _nwb = factory.CreateClientFor(TestClients.SupplierNwb);

    [Fact]
    public async Task Supplier_lists_and_counts_only_its_own_lots()
    {
        await using var scope = factory.Scope(out var db);
        var own = await db.Lots.CountAsync(l => l.SupplierCode == "NWB");
        Assert.True(own < await db.Lots.CountAsync(), "the demo has other suppliers' lots");

        var feed = await (await _nwb.GetAsync(new Uri("/odata/Lots?$count=true&$top=1000&$select=SupplierCode", UriKind.Relative))).ReadJsonAsync();
        var count = await (await _nwb.GetAsync(new Uri("/odata/Lots/$count", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.Equal(own, feed.GetProperty("@odata.count").GetInt32());
        Assert.All(feed.Values(), l => Assert.Equal("NWB", l.GetProperty("SupplierCode").GetString()));
        Assert.Equal(own.ToString(System.Globalization.CultureInfo.InvariantCulture), count);
    }

    [Fact]
    public async Task Supplier_paging_through_next_links_never_reaches_another_suppliers_lot()
    {
        var seen = new List<string>();
        string? next = "/odata/Lots?$select=SupplierCode&$top=2";
        while (next is not null)
        {
            var page = await (await _nwb.GetAsync(new Uri(next, UriKind.RelativeOrAbsolute))).ReadJsonAsync();
            seen.AddRange(page.Values().Select(v => v.GetProperty("SupplierCode").GetString()!));
            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        await using var scope = factory.Scope(out var db);
        Assert.Equal(await db.Lots.CountAsync(l => l.SupplierCode == "NWB"), seen.Count);
        Assert.All(seen, code => Assert.Equal("NWB", code));
    }

    [Fact]
    public async Task Supplier_cannot_read_another_suppliers_lot_and_is_told_it_does_not_exist()
    {
        await using var scope = factory.Scope(out var db);
        var hlxLot = await db.Lots.Where(l => l.SupplierCode == "HLX").Select(l => l.Id).FirstAsync();

        var asSupplier = await _nwb.GetAsync(new Uri($"/odata/Lots({hlxLot})", UriKind.Relative));
        var asLims = await factory.CreateClientFor(TestClients.Reader).GetAsync(new Uri($"/odata/Lots({hlxLot})", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, asSupplier.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asLims.StatusCode);
    }

    [Fact]
    public async Task Expand_from_a_visible_record_does_not_leak_another_suppliers_lots()
    {
        // An NWB certificate that (wrongly) names an HLX lot: the expansion must not show that lot.
        Guid certificateId;
        await using (var scope = factory.Scope(out var db))
        {
            var certificate = await db.Certificates.Include(c => c.Lots).FirstAsync(c => c.SupplierCode == "NWB" && c.Lots.Any());
            certificate.Lots.Add(await db.Lots.FirstAsync(l => l.SupplierCode == "HLX"));
            await db.SaveChangesAsync();
            certificateId = certificate.Id;
        }

        var expanded = await (await _nwb.GetAsync(new Uri(
            $"/odata/Certificates({certificateId})?$expand=Lots($select=SupplierCode)", UriKind.Relative))).ReadJsonAsync();
        var fromMaterials = await (await _nwb.GetAsync(new Uri(
            "/odata/Materials?$expand=Lots($select=SupplierCode)&$select=SupplierCode&$top=1000", UriKind.Relative))).ReadJsonAsync();

        Assert.NotEmpty(expanded.GetProperty("Lots").EnumerateArray());
        Assert.All(expanded.GetProperty("Lots").EnumerateArray(), l => Assert.Equal("NWB", l.GetProperty("SupplierCode").GetString()));
        Assert.All(fromMaterials.Values(), m =>
        {
            Assert.Equal("NWB", m.GetProperty("SupplierCode").GetString());
            Assert.All(m.GetProperty("Lots").EnumerateArray(), l => Assert.Equal("NWB", l.GetProperty("SupplierCode").GetString()));
        });
    }

    [Fact]
    public async Task Supplier_sees_none_of_the_sites_risk_assessments_or_qualifications()
    {
        var risk = await (await _nwb.GetAsync(new Uri("/odata/RiskAssessments?$count=true", UriKind.Relative))).ReadJsonAsync();
        var qualifications = await (await _nwb.GetAsync(new Uri("/odata/Qualifications?$count=true", UriKind.Relative))).ReadJsonAsync();

        Assert.Equal(0, risk.GetProperty("@odata.count").GetInt32());
        Assert.Equal(0, qualifications.GetProperty("@odata.count").GetInt32());
    }

    [Fact]
    public async Task A_supplier_writer_cannot_create_or_change_another_suppliers_records()
    {
        await using var scope = factory.Scope(out var db);
        var hlxMaterial = await db.Materials.FirstAsync(m => m.SupplierCode == "HLX");
        var hlxLot = await db.Lots.AsNoTracking().FirstAsync(l => l.SupplierCode == "HLX");
        using var writer = factory.CreateClientFor(TestClients.SupplierNwbWriter);

        using var create = new StringContent(
            $$"""{"SupplierCode":"HLX","CatalogueNumber":"{{hlxMaterial.CatalogueNumber}}","LotNumber":"FOREIGN-1"}""", Encoding.UTF8, "application/json");
        var created = await writer.PostAsync(new Uri("/odata/Lots", UriKind.Relative), create);
        using var patch = new HttpRequestMessage(HttpMethod.Patch, new Uri($"/odata/Lots({hlxLot.Id})", UriKind.Relative))
        {
            Content = new StringContent("""{"Quantity":1,"QuantityUnit":"mL"}""", Encoding.UTF8, "application/json"),
        };
        patch.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Any);
        var patched = await writer.SendAsync(patch);

        Assert.True(created.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, $"{created.StatusCode}");
        Assert.Equal(HttpStatusCode.NotFound, patched.StatusCode);
        Assert.False(await db.Lots.AnyAsync(l => l.LotNumber == "FOREIGN-1"));
        var after = await db.Lots.AsNoTracking().SingleAsync(l => l.Id == hlxLot.Id);
        Assert.Equal(hlxLot.Revision, after.Revision);
    }

    [Fact]
    public async Task A_supplier_writer_may_create_its_own_lot()
    {
        await using var scope = factory.Scope(out var db);
        var material = await db.Materials.FirstAsync(m => m.SupplierCode == "NWB");
        using var writer = factory.CreateClientFor(TestClients.SupplierNwbWriter);
        using var create = new StringContent(
            $$"""{"SupplierCode":"NWB","CatalogueNumber":"{{material.CatalogueNumber}}","LotNumber":"OWN-LOT-1"}""", Encoding.UTF8, "application/json");

        var created = await writer.PostAsync(new Uri("/odata/Lots", UriKind.Relative), create);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(LotStatus.Quarantine, (await db.Lots.SingleAsync(l => l.LotNumber == "OWN-LOT-1")).Status);
    }
}
