using System.Net.Http.Headers;
using System.Text;
using AmConnector.Certificates;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Certificates;

/// <summary>A CoA is judged again on every write, with its current lines: a changed line changes the stored verdict.</summary>
public sealed class CoaReevaluationTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    [Fact]
    public async Task A_line_that_changes_to_a_failing_result_makes_the_CoA_out_of_specification_on_its_next_write()
    {
        Guid certificateId;
        await using (var scope = factory.Scope(out var db))
        {
            var coa = await db.Certificates.Include(c => c.Results)
                .FirstAsync(c => c.Verdict == CoaVerdict.Pass && c.Results.Any(r => r.Specification.Upper != null && r.ReportedValue != null));
            certificateId = coa.Id;
            // A corrected line (as a supplier's revised CoA would bring): far above its upper limit.
            var line = coa.Results.First(r => r.Specification.Upper != null && r.ReportedValue != null);
            line.ReportedValue = line.Specification.Upper * 10;
            db.Audit.Reason = "Test: corrected result";
            await db.SaveChangesAsync();
        }

        using var patch = new HttpRequestMessage(HttpMethod.Patch, new Uri($"/odata/Certificates({certificateId})", UriKind.Relative))
        {
            Content = new StringContent("""{"Signatory":"Dr. A. Reviewer"}""", Encoding.UTF8, "application/json"),
        };
        patch.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        var response = await factory.CreateClientFor(TestClients.Qa).SendAsync(patch);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        await using (var scope = factory.Scope(out var db))
        {
            var stored = await db.Certificates.AsNoTracking().Include(c => c.Results).SingleAsync(c => c.Id == certificateId);
            Assert.Equal(CoaVerdict.OutOfSpecification, stored.Verdict);
            Assert.Contains(stored.Results, r => r.Verdict == LineVerdict.Fail);
            Assert.True(await db.OutboxMessages.AnyAsync(m => m.Type == EventTypes.CoaOutOfSpecification && m.Data.Contains(certificateId.ToString())));
        }
    }
}
