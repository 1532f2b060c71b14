using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Lots.Usability;
using AmConnector.Qualifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace AmConnector.IntegrationTests.Lots;

/// <summary>
/// Usability answers are kept until the audit chain head or the UTC day moves (P1 in
/// docs/performance.md): a repeated question runs no query, and no answer is ever older than
/// the last committed write, whatever the write touched.
/// </summary>
public sealed class UsabilityAnswerCacheTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    private readonly HttpClient _lims = factory.CreateClientFor(TestClients.Reader);
    private readonly HttpClient _qa = factory.CreateClientFor(TestClients.Qa);

    [Fact]
    public async Task A_repeated_question_runs_no_SQL_and_gets_the_same_bytes_and_headers()
    {
        var lot = await LotIdAsync("IL7-24A11");
        using var first = await _lims.GetAsync(UsabilityUri(lot));
        var firstBody = await first.Content.ReadAsStringAsync();

        factory.Sql.Reset();
        using var second = await _lims.GetAsync(UsabilityUri(lot));
        var secondBody = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Empty(factory.Sql.Commands);
        Assert.Equal(firstBody, secondBody);
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal("4.0", Assert.Single(second.Headers.GetValues("OData-Version")));
        Assert.Equal(lot.ToString(), JsonDocument.Parse(secondBody).RootElement.GetProperty("LotId").GetString());
    }

    [Fact]
    public async Task A_hold_placed_through_the_API_is_in_the_very_next_answer()
    {
        var lot = await LotIdAsync("IL7-24A12");
        Assert.DoesNotContain(UsabilityCodes.LotOnHold, Codes(await VerdictAsync(lot)));
        Assert.DoesNotContain(UsabilityCodes.LotOnHold, Codes(await VerdictAsync(lot))); // now from the cache

        using var hold = await _qa.PostAsJsonAsync(new Uri($"/odata/Lots({lot})/AmConnector.PlaceHold", UriKind.Relative), new { reason = "Deviation DEV-0412: freezer alarm." });
        Assert.Equal(HttpStatusCode.OK, hold.StatusCode);

        var held = await VerdictAsync(lot);
        Assert.Equal("NotUsable", held.GetProperty("Verdict").GetString());
        Assert.Contains(UsabilityCodes.LotOnHold, Codes(held));
    }

    [Fact]
    public async Task A_change_to_another_record_the_verdict_rests_on_is_seen_at_once()
    {
        // AZ2301 is Usable, its IL-2 qualified; requiring the material's requalification touches no lot row.
        var lot = await LotIdAsync("AZ2301");
        Assert.Equal("Usable", (await VerdictAsync(lot)).GetProperty("Verdict").GetString());
        Assert.Equal("Usable", (await VerdictAsync(lot)).GetProperty("Verdict").GetString()); // now from the cache

        await using (var scope = factory.Scope(out var db))
        {
            var materialId = await db.Lots.Where(l => l.Id == lot).Select(l => l.MaterialId).SingleAsync();
            foreach (var qualification in await db.Qualifications.Where(q => q.MaterialId == materialId).ToListAsync())
            {
                qualification.Status = QualificationStatus.RequalificationRequired;
            }

            db.Audit.Reason = "Test: performance trend under investigation.";
            await db.SaveChangesAsync();
        }

        var requalify = await VerdictAsync(lot);
        Assert.Equal("NotUsable", requalify.GetProperty("Verdict").GetString());
        Assert.Contains(UsabilityCodes.MaterialNotQualified, Codes(requalify));
    }

    [Fact]
    public async Task Each_representation_is_its_own_answer()
    {
        var lot = await LotIdAsync("I15-24C05");
        var minimal = await _lims.GetStringAsync(UsabilityUri(lot));

        using var request = new HttpRequestMessage(HttpMethod.Get, UsabilityUri(lot));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json;odata.metadata=full"));
        using var fullResponse = await _lims.SendAsync(request);
        var full = await fullResponse.Content.ReadAsStringAsync();
        var minimalAgain = await _lims.GetStringAsync(UsabilityUri(lot));

        Assert.Contains("\"@odata.type\"", full, StringComparison.Ordinal);
        Assert.DoesNotContain("\"@odata.type\"", minimal, StringComparison.Ordinal);
        Assert.Equal(minimal, minimalAgain);
    }

    [Fact]
    public async Task Inside_a_batch_the_answers_are_the_same_as_outside_and_a_hold_in_the_batch_is_seen_by_the_next_read()
    {
        var lot = await LotIdAsync("RA-24-031");
        var outside = await _lims.GetStringAsync(UsabilityUri(lot));
        var body = $$"""
        {
          "requests": [
            { "id": "r1", "method": "GET", "url": "Lots({{lot}})/AmConnector.Usability()" },
            { "id": "w1", "dependsOn": ["r1"], "method": "POST", "url": "Lots({{lot}})/AmConnector.PlaceHold",
              "headers": { "content-type": "application/json" }, "body": { "reason": "Deviation DEV-0414 found in a batch." } },
            { "id": "r2", "dependsOn": ["w1"], "method": "GET", "url": "Lots({{lot}})/AmConnector.Usability()" }
          ]
        }
        """;

        using var response = await _qa.PostAsync(new Uri("/odata/$batch", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parts = (await response.ReadJsonAsync()).GetProperty("responses").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.All(parts.Values, part => Assert.Equal(200, part.GetProperty("status").GetInt32()));
        Assert.Equal(3, parts.Count);
        Assert.Equal(Codes(JsonDocument.Parse(outside).RootElement), Codes(parts["r1"].GetProperty("body")));
        Assert.DoesNotContain(UsabilityCodes.LotOnHold, Codes(parts["r1"].GetProperty("body")));
        Assert.Contains(UsabilityCodes.LotOnHold, Codes(parts["r2"].GetProperty("body")));
        Assert.Contains(UsabilityCodes.LotOnHold, Codes(await VerdictAsync(lot)));
    }

    [Fact]
    public async Task A_supplier_asking_after_the_site_still_learns_nothing()
    {
        var foreign = await LotIdAsync("AZ2407");
        Guid own;
        await using (var scope = factory.Scope(out var db))
        {
            own = await db.Lots.Where(l => l.SupplierCode == "NWB").Select(l => l.Id).FirstAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await _lims.GetAsync(UsabilityUri(foreign))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _lims.GetAsync(UsabilityUri(own))).StatusCode);
        using var nwb = factory.CreateClientFor(TestClients.SupplierNwb);

        Assert.Equal(HttpStatusCode.NotFound, (await nwb.GetAsync(UsabilityUri(foreign))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nwb.GetAsync(UsabilityUri(own))).StatusCode);
    }

    [Fact]
    public async Task The_next_UTC_day_is_answered_anew()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 23, 50, 0, TimeSpan.Zero));
        await using var site = new ClockedFactory(clock);
        using var lims = site.CreateClientFor(TestClients.Reader);
        Guid lot;
        await using (var scope = site.Scope(out var db))
        {
            var tracked = await db.Lots.SingleAsync(l => l.LotNumber == "FN-24-0601");
            tracked.ExpiresOn = new DateOnly(2026, 11, 28);
            await db.SaveChangesAsync();
            lot = tracked.Id;
        }

        var lastDay = await (await lims.GetAsync(UsabilityUri(lot))).ReadJsonAsync();
        Assert.Contains(UsabilityCodes.LotExpiringSoon, Codes(lastDay));
        Assert.Contains(UsabilityCodes.LotExpiringSoon, Codes(await (await lims.GetAsync(UsabilityUri(lot))).ReadJsonAsync()));

        clock.Advance(TimeSpan.FromMinutes(15));
        var nextDay = await (await lims.GetAsync(UsabilityUri(lot))).ReadJsonAsync();

        Assert.Equal("2026-11-29", nextDay.GetProperty("EvaluatedOn").GetString());
        Assert.Equal("NotUsable", nextDay.GetProperty("Verdict").GetString());
        Assert.Contains(UsabilityCodes.LotExpired, Codes(nextDay));
        Assert.DoesNotContain(UsabilityCodes.LotExpiringSoon, Codes(nextDay));
    }

    private static List<string?> Codes(JsonElement verdict) =>
        [.. verdict.GetProperty("Reasons").EnumerateArray().Select(r => r.GetProperty("Code").GetString())];

    private static Uri UsabilityUri(Guid lot, string? use = null) => new(
        use is null ? $"/odata/Lots({lot})/AmConnector.Usability()" : $"/odata/Lots({lot})/AmConnector.Usability(use='{Uri.EscapeDataString(use)}')",
        UriKind.Relative);

    private async Task<JsonElement> VerdictAsync(Guid lot, string? use = null)
    {
        using var response = await _lims.GetAsync(UsabilityUri(lot, use));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private async Task<Guid> LotIdAsync(string lotNumber)
    {
        await using var scope = factory.Scope(out var db);
        return await db.Lots.Where(l => l.LotNumber == lotNumber).Select(l => l.Id).SingleAsync();
    }
}
