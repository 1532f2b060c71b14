using System.Net;
using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Security;

/// <summary>Proprietary composition lines (domain.md §3) are shown to am.write callers only.</summary>
public sealed class ProprietaryCompositionTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    [Fact]
    public async Task A_reader_gets_the_open_composition_lines_and_a_writer_gets_all()
    {
        await using var scope = factory.Scope(out var db);
        var material = (await db.Materials.AsNoTracking().ToListAsync()).First(m => m.Composition.Any(c => c.Proprietary) && m.Composition.Any(c => !c.Proprietary));
        var url = new Uri($"/odata/Materials({material.Id})?$select=Composition", UriKind.Relative);

        var asReader = await (await factory.CreateClientFor(TestClients.Reader).GetAsync(url)).ReadJsonAsync();
        var asWriter = await (await factory.CreateClientFor(TestClients.Qa).GetAsync(url)).ReadJsonAsync();

        var readerLines = asReader.GetProperty("Composition").EnumerateArray().Select(c => c.GetProperty("Component").GetString()).ToList();
        Assert.Equal(material.Composition.Where(c => !c.Proprietary).Select(c => c.Component), readerLines);
        Assert.Equal(material.Composition.Count, asWriter.GetProperty("Composition").GetArrayLength());
    }

    [Fact]
    public async Task An_expansion_from_a_lot_hides_them_too()
    {
        var feed = await (await factory.CreateClientFor(TestClients.Reader).GetAsync(new Uri(
            "/odata/Lots?$expand=Material($select=Composition)&$top=1000", UriKind.Relative))).ReadJsonAsync();

        Assert.All(feed.Values(), lot => Assert.All(lot.GetProperty("Material").GetProperty("Composition").EnumerateArray(),
            line => Assert.False(line.GetProperty("Proprietary").GetBoolean())));
    }

    [Fact]
    public async Task A_reader_may_not_probe_them_with_filter()
    {
        var response = await factory.CreateClientFor(TestClients.Reader).GetAsync(new Uri(
            "/odata/Materials?$filter=Composition/any(c: c/Proprietary eq true)", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("am.write", (await response.ReadJsonAsync()).ErrorMessage(), StringComparison.Ordinal);
    }
}
