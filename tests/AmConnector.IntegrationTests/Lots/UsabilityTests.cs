using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Lots;
using AmConnector.Lots.Usability;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace AmConnector.IntegrationTests.Lots;

/// <summary>
/// The LIMS question of domain.md §5.6, end to end on the demo data: the bound function
/// <c>Lots({id})/AmConnector.Usability(use)</c> and the unbound batch action <c>CheckUsability</c>.
/// Tests that change data change a lot no other test here reads.
/// </summary>
public sealed class UsabilityTests(AmConnectorFactory factory, ITestOutputHelper output) : IClassFixture<AmConnectorFactory>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private readonly HttpClient _lims = factory.CreateClientFor(TestClients.Reader);

    // ---- the single-lot function ----

    [Fact]
    public async Task A_released_lot_of_a_qualified_material_with_valid_documents_is_Usable_with_no_reasons()
    {
        // IL-2 AZ2407: Released, expires in 450 days, IL-2 Qualified for T-cell expansion, Helix approved,
        // ADCF statement valid, no undecided change notice names IL-2, no hold.
        var lot = await LotAsync("AZ2407");

        var verdict = await UsabilityAsync(lot.Id);

        Assert.Equal("Usable", verdict.GetProperty("Verdict").GetString());
        Assert.Empty(Codes(verdict));
        Assert.Equal(lot.Id, verdict.GetProperty("LotId").GetGuid());
        Assert.Equal("HLX", verdict.GetProperty("SupplierCode").GetString());
        Assert.Equal("HX-IL2-22M", verdict.GetProperty("CatalogueNumber").GetString());
        Assert.Equal("AZ2407", verdict.GetProperty("LotNumber").GetString());
        Assert.Equal(Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), verdict.GetProperty("EvaluatedOn").GetString());
    }

    [Fact]
    public async Task The_use_decides_which_qualification_counts()
    {
        var lot = await LotAsync("AZ2407");

        var qualifiedUse = await UsabilityAsync(lot.Id, "t-cell EXPANSION");
        var otherUse = await UsabilityAsync(lot.Id, "cell expansion");

        Assert.Equal("Usable", qualifiedUse.GetProperty("Verdict").GetString());
        Assert.Equal("t-cell EXPANSION", qualifiedUse.GetProperty("Use").GetString());
        Assert.Equal("NotUsable", otherUse.GetProperty("Verdict").GetString());
        var reason = Assert.Single(otherUse.GetProperty("Reasons").EnumerateArray());
        Assert.Equal(UsabilityCodes.MaterialNotQualified, reason.GetProperty("Code").GetString());
        Assert.True(reason.GetProperty("Blocking").GetBoolean());
        Assert.Contains("'cell expansion'", reason.GetProperty("Message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lot_past_its_expiry_date_is_NotUsable_with_LOT_EXPIRED_even_while_it_is_still_marked_Released()
    {
        // GM-CSF GM-23-0907 expired three days ago; the daily job has not moved it to Expired.
        var lot = await StoredLotAsync("GM-23-0907");
        Assert.Equal(LotStatus.Released, lot.Status);
        Assert.True(lot.ExpiresOn < Today);

        var verdict = await UsabilityAsync(lot.Id);

        Assert.Equal("NotUsable", verdict.GetProperty("Verdict").GetString());
        Assert.Contains(UsabilityCodes.LotExpired, Codes(verdict));
        Assert.Equal(LotStatus.Released, (await StoredLotAsync("GM-23-0907")).Status); // asking changes nothing
    }

    [Fact]
    public async Task A_released_lot_past_its_expiry_date_reads_as_Expired_in_every_query_before_the_job_has_run()
    {
        var lot = await StoredLotAsync("GM-23-0907");
        Assert.Equal(LotStatus.Released, lot.Status);
        using var reader = factory.CreateClientFor(TestClients.Reader);

        var single = await (await reader.GetAsync(new Uri($"/odata/Lots({lot.Id})?$select=Status", UriKind.Relative))).ReadJsonAsync();
        var released = await (await reader.GetAsync(new Uri("/odata/Lots?$filter=Status eq 'Released'&$select=LotNumber&$top=1000", UriKind.Relative))).ReadJsonAsync();
        var expired = await (await reader.GetAsync(new Uri("/odata/Lots?$filter=Status eq 'Expired'&$select=LotNumber&$top=1000", UriKind.Relative))).ReadJsonAsync();
        var expanded = await (await reader.GetAsync(new Uri($"/odata/Materials({lot.MaterialId})?$expand=Lots($select=LotNumber,Status)", UriKind.Relative))).ReadJsonAsync();

        Assert.Equal("Expired", single.GetProperty("Status").GetString());
        Assert.DoesNotContain(released.Values(), l => l.GetProperty("LotNumber").GetString() == "GM-23-0907");
        Assert.Contains(expired.Values(), l => l.GetProperty("LotNumber").GetString() == "GM-23-0907");
        Assert.Equal("Expired", expanded.GetProperty("Lots").EnumerateArray().Single(l => l.GetProperty("LotNumber").GetString() == "GM-23-0907").GetProperty("Status").GetString());
    }

    [Fact]
    public async Task Human_AB_serum_without_a_certificate_of_origin_is_NotUsable_with_CERTIFICATE_MISSING()
    {
        // Human origin (tier 4): certificate of origin and TSE/BSE statement required; only the TSE/BSE statement is on file.
        var lot = await LotAsync("HS-24-0098");

        var verdict = await UsabilityAsync(lot.Id);

        Assert.Equal("NotUsable", verdict.GetProperty("Verdict").GetString());
        var missing = Assert.Single(Reasons(verdict), r => r.Code == UsabilityCodes.CertificateMissing);
        Assert.Contains("certificate of origin", missing.Message, StringComparison.Ordinal);
        Assert.True(missing.Blocking);
        Assert.DoesNotContain(Reasons(verdict), r => r.Code == UsabilityCodes.CertificateMissing && r.Message.Contains("TSE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_lot_with_an_active_hold_is_NotUsable_with_LOT_ON_HOLD_and_a_lifted_hold_does_not_count()
    {
        // BD-24-1140 is Usable with only a lifted deviation hold in its history.
        var lot = await LotAsync("BD-24-1140");
        var before = await UsabilityAsync(lot.Id);
        Assert.Equal("Usable", before.GetProperty("Verdict").GetString());

        await using (var scope = factory.Scope(out var db))
        {
            db.Set<LotHold>().Add(new LotHold
            {
                LotId = lot.Id,
                Reason = "Bead aggregates seen at thaw.",
                Source = HoldSource.Deviation,
                SourceReference = "DEV-0300",
                PlacedBy = "test",
                PlacedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var held = await UsabilityAsync(lot.Id);

        Assert.Equal("NotUsable", held.GetProperty("Verdict").GetString());
        var reason = Assert.Single(Reasons(held));
        Assert.Equal(UsabilityCodes.LotOnHold, reason.Code);
        Assert.Contains("Bead aggregates seen at thaw.", reason.Message, StringComparison.Ordinal);

        // And the demo's own active hold, on a Released nuclease lot.
        Assert.Contains(UsabilityCodes.LotOnHold, Codes(await UsabilityAsync((await LotAsync("NZ-24-301")).Id)));
    }

    [Fact]
    public async Task The_quarantined_FBS_lot_with_an_out_of_specification_CoA_is_NotUsable_for_both_reasons()
    {
        var lot = await LotAsync("FB-25-0874");

        var verdict = await UsabilityAsync(lot.Id);

        Assert.Equal("NotUsable", verdict.GetProperty("Verdict").GetString());
        var codes = Codes(verdict);
        Assert.Contains(UsabilityCodes.LotNotReleased, codes);
        Assert.Contains(UsabilityCodes.CoaOutOfSpecification, codes);
        Assert.Contains("NWB-COA-FB250874", Reasons(verdict).Single(r => r.Code == UsabilityCodes.CoaOutOfSpecification).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "UsableWithConditions", UsabilityCodes.LotExpiringSoon)]   // expires today: still usable today
    [InlineData(10, "UsableWithConditions", UsabilityCodes.LotExpiringSoon)]
    [InlineData(30, "UsableWithConditions", UsabilityCodes.LotExpiringSoon)]  // the window's last day
    [InlineData(31, "Usable", null)]
    [InlineData(-1, "NotUsable", UsabilityCodes.LotExpired)]
    public async Task A_lot_expiring_within_30_days_is_UsableWithConditions_with_LOT_EXPIRING_SOON(int daysLeft, string expected, string? code)
    {
        // IL-2 AZ2301 is otherwise Usable (released, qualified material, approved supplier, valid ADCF statement).
        var lot = await LotAsync("AZ2301");
        await using (var scope = factory.Scope(out var db))
        {
            var tracked = await db.Lots.SingleAsync(l => l.Id == lot.Id);
            tracked.ExpiresOn = Today.AddDays(daysLeft);
            await db.SaveChangesAsync();
        }

        var verdict = await UsabilityAsync(lot.Id);

        Assert.Equal(expected, verdict.GetProperty("Verdict").GetString());
        Assert.Equal(code is null ? [] : [code], Codes(verdict));
    }

    [Fact]
    public async Task Usability_of_an_unknown_lot_id_is_a_404()
    {
        var response = await _lims.GetAsync(new Uri($"/odata/Lots({Guid.NewGuid()})/AmConnector.Usability()", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    // ---- the batch action ----

    [Fact]
    public async Task CheckUsability_answers_each_key_in_order_and_an_unknown_key_is_LOT_NOT_FOUND()
    {
        var response = await CheckAsync(_lims,
        [
            Key("HLX", "HX-IL2-22M", "AZ2407"),
            Key("HLX", "HX-IL2-22M", "NO-SUCH-LOT"),
            Key("NWB", "NB-FBS-500", "FB-25-0874"),
            Key("NWB", "NB-FBS-500", "AZ2407"), // a real lot number under the wrong material is not that lot
        ], use: "T-cell expansion");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var verdicts = (await response.ReadJsonAsync()).Values();
        Assert.Equal(["AZ2407", "NO-SUCH-LOT", "FB-25-0874", "AZ2407"], verdicts.Select(v => v.GetProperty("LotNumber").GetString()));
        Assert.All(verdicts, v => Assert.Equal("T-cell expansion", v.GetProperty("Use").GetString()));
        Assert.Equal("Usable", verdicts[0].GetProperty("Verdict").GetString());
        Assert.Contains(UsabilityCodes.CoaOutOfSpecification, Codes(verdicts[2]));
        foreach (var unknown in new[] { verdicts[1], verdicts[3] })
        {
            Assert.Equal("NotUsable", unknown.GetProperty("Verdict").GetString());
            Assert.Equal([UsabilityCodes.LotNotFound], Codes(unknown));
            Assert.Equal(JsonValueKind.Null, unknown.GetProperty("LotId").ValueKind);
        }
    }

    [Fact]
    public async Task CheckUsability_for_501_lots_is_a_400_that_says_the_limit()
    {
        var keys = Enumerable.Range(0, 501).Select(i => Key("HLX", "HX-IL2-22M", $"X-{i}")).ToList();

        var response = await CheckAsync(_lims, keys);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.ReadJsonAsync();
        Assert.Contains("500", error.ErrorMessage(), StringComparison.Ordinal);
        Assert.Contains("501", error.ErrorMessage(), StringComparison.Ordinal);
        Assert.Contains("lots", error.ErrorDetails().Select(d => d.Target));
    }

    [Fact]
    public async Task CheckUsability_for_500_lots_runs_as_few_SQL_commands_as_for_5()
    {
        List<LotKey> real;
        await using (var scope = factory.Scope(out var db))
        {
            real = await db.Lots.AsNoTracking().OrderBy(l => l.LotNumber)
                .Select(l => new LotKey { SupplierCode = l.SupplierCode, CatalogueNumber = l.CatalogueNumber, LotNumber = l.LotNumber })
                .ToListAsync();
        }

        // Every demo lot, each asked about more than once, and unknown keys between them.
        var five = real.Take(3).Concat([Key("NWB", "NB-FBS-500", "UNKNOWN-1"), Key("HLX", "HX-IL2-22M", "UNKNOWN-2")]).ToList();
        var fiveHundred = Enumerable.Range(0, 500)
            .Select(i => i % 4 == 3 ? Key("KSR", "KS-NUC-250KU", $"UNKNOWN-{i}") : real[i % real.Count])
            .ToList();
        Assert.Equal(500, fiveHundred.Count);

        await factory.TokenAsync(TestClients.Reader); // the token request runs SQL of its own: not counted
        await CheckAsync(_lims, five);                  // warm-up: model building and first-query compilation

        // Each under a use of its own, so that neither is answered from the verdicts the warm-up left in the cache.
        var (fiveCount, fiveSql, fiveAnswer) = await CountedCheckAsync(five, "count-5");
        var (bigCount, bigSql, bigAnswer) = await CountedCheckAsync(fiveHundred, "count-500");

        output.WriteLine($"CheckUsability: {fiveCount} SQL commands for 5 lots, {bigCount} for 500 lots.");
        output.WriteLine("--- 5 lots ---");
        fiveSql.ForEach(output.WriteLine);
        output.WriteLine("--- 500 lots ---");
        bigSql.ForEach(sql => output.WriteLine(sql.Length > 2000 ? sql[..2000] + $" … ({sql.Length} chars)" : sql));

        Assert.Equal(5, fiveAnswer.Count);
        Assert.Equal(500, bigAnswer.Count);
        Assert.Equal(125, bigAnswer.Count(v => Codes(v).SequenceEqual([UsabilityCodes.LotNotFound])));
        Assert.Equal(fiveCount, bigCount);
        Assert.InRange(bigCount, 1, 5);
    }

    // ---- supplier scope ----

    [Fact]
    public async Task A_supplier_may_not_ask_the_sites_usability_question_and_learns_nothing_of_other_suppliers_lots()
    {
        using var nwb = factory.CreateClientFor(TestClients.SupplierNwb);
        var hlxLot = await LotAsync("AZ2407");
        Guid ownLot;
        await using (var scope = factory.Scope(out var db))
        {
            ownLot = await db.Lots.Where(l => l.SupplierCode == "NWB").Select(l => l.Id).FirstAsync();
        }

        var batch = await CheckAsync(nwb, [Key("HLX", "HX-IL2-22M", "AZ2407")]);
        var foreign = await nwb.GetAsync(new Uri($"/odata/Lots({hlxLot.Id})/AmConnector.Usability()", UriKind.Relative));
        var own = await nwb.GetAsync(new Uri($"/odata/Lots({ownLot})/AmConnector.Usability()", UriKind.Relative));

        // The verdict rests on the site's qualifications, which a supplier does not see: it would be wrong, so it is refused.
        Assert.Equal(HttpStatusCode.Forbidden, batch.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    // ---- helpers ----

    private sealed record Reason(string Code, string Message, bool Blocking);

    private static LotKey Key(string supplier, string catalogue, string lot) =>
        new() { SupplierCode = supplier, CatalogueNumber = catalogue, LotNumber = lot };

    private static List<string> Codes(JsonElement verdict) => [.. Reasons(verdict).Select(r => r.Code)];

    private static List<Reason> Reasons(JsonElement verdict) =>
        [.. verdict.GetProperty("Reasons").EnumerateArray().Select(r => new Reason(
            r.GetProperty("Code").GetString()!, r.GetProperty("Message").GetString()!, r.GetProperty("Blocking").GetBoolean()))];

    /// <summary>A verdict without the lot number asked about, to compare two not-found answers.</summary>
    private static string Strip(JsonElement verdict) =>
        string.Join("|", verdict.EnumerateObject().Where(p => p.Name != "LotNumber").Select(p => $"{p.Name}={p.Value.GetRawText()}"));

    private async Task<(int Count, List<string> Sql, IReadOnlyList<JsonElement> Answer)> CountedCheckAsync(IReadOnlyList<LotKey> keys, string use)
    {
        factory.Sql.Reset();
        var response = await CheckAsync(_lims, keys, use);
        var sql = factory.Sql.Commands.ToList();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (sql.Count, sql, (await response.ReadJsonAsync()).Values());
    }

    private static Task<HttpResponseMessage> CheckAsync(HttpClient client, IReadOnlyList<LotKey> keys, string? use = null) =>
        client.PostAsJsonAsync(new Uri("/odata/CheckUsability", UriKind.Relative), use is null ? new { lots = keys } : (object)new { lots = keys, use });

    private async Task<JsonElement> UsabilityAsync(Guid lotId, string? use = null)
    {
        var uri = use is null
            ? $"/odata/Lots({lotId})/AmConnector.Usability()"
            : $"/odata/Lots({lotId})/AmConnector.Usability(use='{Uri.EscapeDataString(use.Replace("'", "''", StringComparison.Ordinal))}')";
        var response = await _lims.GetAsync(new Uri(uri, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private async Task<Lot> LotAsync(string lotNumber)
    {
        await using var scope = factory.Scope(out var db);
        return await db.Lots.AsNoTracking().SingleAsync(l => l.LotNumber == lotNumber);
    }

    private async Task<Lot> StoredLotAsync(string lotNumber)
    {
        await using var scope = factory.Scope(out var db);
        return await StoredLots.Of(db).SingleAsync(l => l.LotNumber == lotNumber);
    }
}
