using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Certificates;

/// <summary>A certificate past its ValidUntil reads as lapsed in every query, with no job run (domain.md §5.6a).</summary>
public sealed class CertificateLapseTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    [Fact]
    public async Task Lapsed_certificates_read_as_lapsed_and_can_be_filtered_on()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        List<Guid> lapsed;
        await using (var scope = factory.Scope(out var db))
        {
            lapsed = await db.Certificates.Where(c => c.ValidUntil < today).Select(c => c.Id).ToListAsync();
        }

        using var reader = factory.CreateClientFor(TestClients.Reader);
        var filtered = await (await reader.GetAsync(new Uri("/odata/Certificates?$filter=Lapsed eq true&$select=Id,ValidUntil&$top=1000", UriKind.Relative))).ReadJsonAsync();
        var valid = await (await reader.GetAsync(new Uri("/odata/Certificates?$filter=Lapsed eq false and ValidUntil ne null&$select=ValidUntil&$top=1000", UriKind.Relative))).ReadJsonAsync();

        Assert.NotEmpty(lapsed);
        Assert.Equal(lapsed.Order(), filtered.Values().Select(c => c.GetProperty("Id").GetGuid()).Order());
        Assert.All(valid.Values(), c => Assert.True(DateOnly.Parse(c.GetProperty("ValidUntil").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= today));
    }
}
