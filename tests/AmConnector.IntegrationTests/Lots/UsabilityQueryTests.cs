using System.Net;
using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace AmConnector.IntegrationTests.Lots;

/// <summary>
/// The SQL behind a usability check (docs/performance.md, P1): which lots a certificate covers and
/// which materials a change notice names come from the link tables themselves. Through the
/// navigations EF joins the Lots and Materials read sets, and SQLite builds the whole LotsRead view
/// before it joins: half a second per check on a million lots.
/// </summary>
public sealed class UsabilityQueryTests(AmConnectorFactory factory, ITestOutputHelper output) : IClassFixture<AmConnectorFactory>
{
    private readonly HttpClient _lims = factory.CreateClientFor(TestClients.Reader);

    [Fact]
    public async Task A_usability_check_reads_the_certificate_and_notice_links_without_the_lot_or_material_read_sets()
    {
        Guid lotId;
        await using (var scope = factory.Scope(out var db))
        {
            lotId = await db.Lots.AsNoTracking().Where(l => l.LotNumber == "AZ2407").Select(l => l.Id).SingleAsync();
        }

        // Token and warm-up under another use: the same question again would be answered from the cache without SQL.
        await _lims.GetAsync(new Uri($"/odata/Lots({lotId})/AmConnector.Usability(use='warm-up')", UriKind.Relative));
        factory.Sql.Reset();
        using var response = await _lims.GetAsync(new Uri($"/odata/Lots({lotId})/AmConnector.Usability()", UriKind.Relative));
        var commands = factory.Sql.Commands;
        foreach (var sql in commands)
        {
            output.WriteLine(sql + Environment.NewLine);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = commands.Where(c => c.Contains("\"CertificateLots\"", StringComparison.Ordinal) || c.Contains("\"ChangeNoticeMaterials\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, links.Count);
        Assert.All(links, sql =>
        {
            Assert.DoesNotContain("\"LotsRead\"", sql, StringComparison.Ordinal);
            Assert.DoesNotContain("FROM \"Materials\"", sql, StringComparison.Ordinal);
        });
    }
}
