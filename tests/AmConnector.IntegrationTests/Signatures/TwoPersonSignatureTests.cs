using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Lots;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Signatures;

/// <summary>
/// A signature policy of two meanings by two people (here: lot release needs Review and Approval):
/// the action waits, visibly, until both have signed the same content; one person cannot sign twice.
/// </summary>
public sealed class TwoPersonSignatureTests(TwoPersonSignatureFactory factory) : IClassFixture<TwoPersonSignatureFactory>
{
    [Fact]
    public async Task A_two_person_release_stays_pending_after_the_first_signature_and_takes_effect_with_the_second_by_another_person()
    {
        using var reviewer = factory.CreatePersonClient("qa.reviewer");
        using var approver = factory.CreatePersonClient("qa.approver");
        var lot = await LotAsync("RA-25-007");
        var events = await OutboxCountAsync();

        using var first = await reviewer.PostAsJsonAsync($"/odata/Lots({lot.Id})/AmConnector.Release", new { reason = "CoA and certificates reviewed." });

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal("Approval", first.Headers.GetValues("AmConnector-Signatures-Pending").Single());
        Assert.Equal("Quarantine", (await first.ReadJsonAsync()).GetProperty("Status").GetString());
        Assert.Equal(LotStatus.Quarantine, (await LotAsync("RA-25-007")).Status);
        Assert.Equal(events, await OutboxCountAsync());
        var pending = Assert.Single(await SignaturesAsync(reviewer, lot.Id));
        Assert.Equal("Review", pending.GetProperty("Meaning").GetString());
        Assert.Equal("Pending", pending.GetProperty("State").GetString());
        Assert.Equal("qa.reviewer", pending.GetProperty("SignerSubject").GetString());

        factory.TestClock.Advance(TimeSpan.FromMinutes(1));
        using var second = await approver.PostAsJsonAsync($"/odata/Lots({lot.Id})/AmConnector.Release", new { reason = "Approved for GMP use." });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("Released", (await second.ReadJsonAsync()).GetProperty("Status").GetString());
        Assert.Equal(LotStatus.Released, (await LotAsync("RA-25-007")).Status);
        Assert.Equal(events + 1, await OutboxCountAsync());
        var signatures = (await SignaturesAsync(approver, lot.Id)).OrderBy(s => s.GetProperty("SignedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(["Review", "Approval"], signatures.Select(s => s.GetProperty("Meaning").GetString()));
        Assert.Equal(["qa.reviewer", "qa.approver"], signatures.Select(s => s.GetProperty("SignerSubject").GetString()));
        Assert.All(signatures, s => Assert.Equal("Effective", s.GetProperty("State").GetString()));
        Assert.All(signatures, s => Assert.True(s.GetProperty("IsValid").GetBoolean()));
    }

    [Fact]
    public async Task The_same_person_cannot_give_both_signatures_of_a_two_person_release()
    {
        using var reviewer = factory.CreatePersonClient("qa.reviewer");
        var lot = await LotAsync("PE-25-0002");
        using var first = await reviewer.PostAsJsonAsync($"/odata/Lots({lot.Id})/AmConnector.Release", new { reason = "Reviewed." });
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);

        using var again = await reviewer.PostAsJsonAsync($"/odata/Lots({lot.Id})/AmConnector.Release", new { reason = "Approving it myself." });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var error = await again.ReadJsonAsync();
        Assert.Equal("SignatureRefused", error.ErrorCode());
        Assert.Contains("different person", error.ErrorMessage(), StringComparison.Ordinal);
        Assert.Equal(LotStatus.Quarantine, (await LotAsync("PE-25-0002")).Status);
        Assert.Single(await SignaturesAsync(reviewer, lot.Id));
    }

    private static async Task<IReadOnlyList<JsonElement>> SignaturesAsync(HttpClient client, Guid lot)
    {
        using var response = await client.GetAsync(new Uri($"/odata/Lots({lot})?$expand=Signatures", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.ReadJsonAsync()).GetProperty("Signatures").EnumerateArray()];
    }

    private async Task<Lot> LotAsync(string lotNumber)
    {
        await using var scope = factory.Scope(out var db);
        return await db.Lots.AsNoTracking().SingleAsync(l => l.LotNumber == lotNumber);
    }

    private async Task<int> OutboxCountAsync()
    {
        await using var scope = factory.Scope(out var db);
        return await db.OutboxMessages.CountAsync();
    }
}
