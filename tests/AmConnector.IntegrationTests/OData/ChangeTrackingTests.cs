using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.ChangeNotices;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Lots;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.OData;

/// <summary>
/// <c>Prefer: odata.track-changes</c> and delta links (ADR-013), through the real pipeline. Each test
/// starts its own delta from "now" and checks the ids that come back, so tests of this class do not
/// see each other's writes (xUnit runs a class's tests one after another).
/// </summary>
public sealed class ChangeTrackingTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    private readonly HttpClient _reader = factory.CreateClientFor(TestClients.Reader);
    private readonly HttpClient _qa = factory.CreateClientFor(TestClients.Qa);

    [Fact]
    public async Task A_first_read_with_track_changes_has_a_delta_link_on_its_last_page_only()
    {
        await using var scope = factory.Scope(out var db);
        var expected = await db.Materials.Select(m => m.Id).ToListAsync();

        var pages = new List<JsonElement>();
        string? next = "/odata/Materials?$select=Id,Name&$top=5";
        while (next is not null)
        {
            using var response = await GetTrackedAsync(_reader, next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("odata.track-changes", response.Headers.GetValues("Preference-Applied").Single());
            var page = await response.ReadJsonAsync();
            pages.Add(page);
            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        Assert.True(pages.Count >= 3, $"$top=5 over {expected.Count} materials makes several pages");
        Assert.All(pages[..^1], p => Assert.False(p.TryGetProperty("@odata.deltaLink", out _)));
        var deltaLink = pages[^1].GetProperty("@odata.deltaLink").GetString()!;
        Assert.Contains("$deltatoken=", deltaLink, StringComparison.Ordinal);
        Assert.Contains("$select=Id", Uri.UnescapeDataString(deltaLink), StringComparison.Ordinal);
        Assert.Equal(expected.Order(), pages.SelectMany(p => p.Values()).Select(v => v.GetProperty("Id").GetGuid()).Order());
    }

    [Fact]
    public async Task A_delta_returns_exactly_what_changed_with_retired_records_in_their_new_status_and_then_nothing()
    {
        var materials = await ReadToDeltaLinkAsync(_reader, "/odata/Materials?$select=Id,Name&$top=4");
        var lots = await ReadToDeltaLinkAsync(_reader, "/odata/Lots?$select=Id,Status&$top=4");
        var certificates = await ReadToDeltaLinkAsync(_reader, "/odata/Certificates?$select=Id&$top=4");
        var notices = await ReadToDeltaLinkAsync(_reader, "/odata/ChangeNotices?$select=Id,Status&$top=4");

        Guid material, recalled, held, notice, coaLot, coaMaterial;
        await using (var scope = factory.Scope(out var db))
        {
            material = await db.Materials.Select(m => m.Id).FirstAsync();
            recalled = await db.Lots.Where(l => l.Status == LotStatus.Released).Select(l => l.Id).FirstAsync();
            held = await db.Lots.Where(l => l.Id != recalled && l.Status == LotStatus.Released).Select(l => l.Id).FirstAsync();
            notice = await db.ChangeNotices.Where(n => n.Status == ChangeNoticeStatus.Received).Select(n => n.Id).FirstAsync();
            (coaLot, coaMaterial) = await db.Lots.Where(l => l.Status == LotStatus.Quarantine)
                .Select(l => ValueTuple.Create(l.Id, l.MaterialId)).FirstAsync();
        }

        await OkAsync(PatchAsync(_qa, $"/odata/Materials({material})", new { Description = "Changed for the delta test." }));
        await OkAsync(_qa.PostAsJsonAsync($"/odata/Lots({recalled})/AmConnector.Recall", new { reason = "Delta test: supplier recall." }));
        await OkAsync(_qa.PostAsJsonAsync($"/odata/Lots({held})/AmConnector.PlaceHold", new { reason = "Delta test: deviation." }));
        await OkAsync(IntegrationTests.ChangeNotices.Notices.ActAsync(_qa, notice, "Triage", new { }));
        using var created = await _qa.PostAsJsonAsync("/odata/Certificates", new Dictionary<string, object>
        {
            ["Type"] = "CertificateOfAnalysis",
            ["MaterialId"] = coaMaterial,
            ["DocumentNumber"] = "DELTA-COA-1",
            ["IssuedOn"] = "2026-11-01",
            ["Lots@odata.bind"] = new[] { $"Lots({coaLot})" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var certificate = (await created.ReadJsonAsync()).GetProperty("Id").GetGuid();

        var materialDelta = await ReadDeltaAsync(_reader, materials);
        Assert.Equal([material], materialDelta.Rows.Select(Id));
        var lotDelta = await ReadDeltaAsync(_reader, lots);
        Assert.Equal(new[] { recalled, held }.Order(), lotDelta.Rows.Select(Id).Order());
        Assert.Equal("Recalled", lotDelta.Rows.Single(r => Id(r) == recalled).GetProperty("Status").GetString());
        var certificateDelta = await ReadDeltaAsync(_reader, certificates);
        Assert.Equal([certificate], certificateDelta.Rows.Select(Id));
        var noticeDelta = await ReadDeltaAsync(_reader, notices);
        Assert.Equal([notice], noticeDelta.Rows.Select(Id));
        Assert.Equal("Triaged", noticeDelta.Rows.Single().GetProperty("Status").GetString());

        // Nothing changed since: each new delta link answers an empty page and another delta link.
        foreach (var link in new[] { materialDelta.DeltaLink, lotDelta.DeltaLink, certificateDelta.DeltaLink, noticeDelta.DeltaLink })
        {
            var empty = await ReadDeltaAsync(_reader, link);
            Assert.Empty(empty.Rows);
            Assert.Contains("$deltatoken=", empty.DeltaLink, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_supplier_scoped_callers_delta_has_only_its_own_rows()
    {
        var nwb = factory.CreateClientFor(TestClients.SupplierNwb);
        var link = await ReadToDeltaLinkAsync(nwb, "/odata/Lots?$select=Id,SupplierCode&$top=3");

        Guid own, foreign;
        await using (var scope = factory.Scope(out var db))
        {
            own = await db.Lots.IgnoreQueryFilters().Where(l => l.SupplierCode == "NWB").Select(l => l.Id).FirstAsync();
            foreign = await db.Lots.IgnoreQueryFilters().Where(l => l.SupplierCode == "HLX").Select(l => l.Id).FirstAsync();
        }

        await OkAsync(_qa.PostAsJsonAsync($"/odata/Lots({own})/AmConnector.PlaceHold", new { reason = "Delta test: own." }));
        await OkAsync(_qa.PostAsJsonAsync($"/odata/Lots({foreign})/AmConnector.PlaceHold", new { reason = "Delta test: foreign." }));

        var delta = await ReadDeltaAsync(nwb, link);
        Assert.Equal([own], delta.Rows.Select(Id));

        // The supplier's delta link is bound to its scope: another caller cannot replay it.
        using var replayed = await _reader.GetAsync(delta.DeltaLink);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
    }

    [Fact]
    public async Task A_tampered_or_foreign_delta_token_is_a_400_in_the_OData_error_format()
    {
        var link = await ReadToDeltaLinkAsync(_reader, "/odata/Materials?$select=Id&$filter=Status eq 'Active'&$top=50");
        var token = Uri.UnescapeDataString(link[(link.IndexOf("$deltatoken=", StringComparison.Ordinal) + "$deltatoken=".Length)..]);
        var tampered = token[..^3] + (token[^3] == 'A' ? "B" : "A") + token[^2..];

        string[] refused =
        [
            $"/odata/Materials?$select=Id&$filter=Status eq 'Active'&$top=50&$deltatoken={Uri.EscapeDataString(tampered)}",
            $"/odata/Materials?$select=Id&$filter=Status eq 'Active'&$top=50&$deltatoken=not-a-token",
            // The same token with another query, or on another set.
            $"/odata/Materials?$select=Id&$top=50&$deltatoken={Uri.EscapeDataString(token)}",
            $"/odata/Lots?$select=Id&$filter=Status eq 'Active'&$top=50&$deltatoken={Uri.EscapeDataString(token)}",
            // A delta token sent as a skip token, and a set that does not track changes.
            $"/odata/Materials?$select=Id&$filter=Status eq 'Active'&$top=50&$skiptoken={Uri.EscapeDataString(token)}",
            $"/odata/Suppliers?$deltatoken={Uri.EscapeDataString(token)}",
        ];
        foreach (var url in refused)
        {
            using var response = await _reader.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode}");
            Assert.Equal("InvalidQuery", (await response.ReadJsonAsync()).ErrorCode());
        }

        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task A_write_that_commits_between_two_pages_is_not_lost()
    {
        Guid[] all;
        await using (var scope = factory.Scope(out var db))
        {
            all = [.. await db.Materials.Select(m => m.Id).ToListAsync()];
        }

        using var first = await GetTrackedAsync(_reader, "/odata/Materials?$select=Id&$top=5");
        var page1 = await first.ReadJsonAsync();
        var read = page1.Values().Select(Id).ToList();

        // One material already read and one not yet read change between page 1 and page 2.
        var changedRead = read[0];
        var changedUnread = all.First(id => !read.Contains(id));
        await OkAsync(PatchAsync(_qa, $"/odata/Materials({changedRead})", new { Description = "Changed after page 1." }));
        await OkAsync(PatchAsync(_qa, $"/odata/Materials({changedUnread})", new { Description = "Changed before its page." }));

        var rest = await ReadAllAsync(_reader, page1.GetProperty("@odata.nextLink").GetString()!);
        read.AddRange(rest.Rows.Select(Id));
        var delta = await ReadDeltaAsync(_reader, rest.DeltaLink);

        Assert.Equal(new[] { changedRead, changedUnread }.Order(), delta.Rows.Select(Id).Order());
        Assert.Equal(all.Order(), read.Concat(delta.Rows.Select(Id)).Distinct().Order());
    }

    [Fact]
    public async Task Track_changes_refuses_orderby_and_skip_leaves_count_alone_and_other_sets_ignore_the_preference()
    {
        using var ordered = await GetTrackedAsync(_reader, "/odata/Materials?$orderby=Name");
        Assert.Equal(HttpStatusCode.BadRequest, ordered.StatusCode);
        using var skipped = await GetTrackedAsync(_reader, "/odata/Materials?$skip=2");
        Assert.Equal(HttpStatusCode.BadRequest, skipped.StatusCode);

        using var count = await GetTrackedAsync(_reader, "/odata/Materials/$count");
        Assert.Equal(HttpStatusCode.OK, count.StatusCode);
        Assert.True(int.Parse(await count.Content.ReadAsStringAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0);

        using var suppliers = await GetTrackedAsync(_reader, "/odata/Suppliers?$top=2");
        Assert.Equal(HttpStatusCode.OK, suppliers.StatusCode);
        Assert.False(suppliers.Headers.Contains("Preference-Applied"));
        Assert.False((await suppliers.ReadJsonAsync()).TryGetProperty("@odata.deltaLink", out _));
    }

    private static Guid Id(JsonElement row) => row.GetProperty("Id").GetGuid();

    private static async Task<HttpResponseMessage> GetTrackedAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Prefer", "odata.track-changes");
        return await client.SendAsync(request);
    }

    private static async Task<string> ReadToDeltaLinkAsync(HttpClient client, string url) => (await ReadAllAsync(client, url)).DeltaLink;

    private static Task<(List<JsonElement> Rows, string DeltaLink)> ReadDeltaAsync(HttpClient client, string deltaLink) => ReadAllAsync(client, deltaLink);

    /// <summary>Follows next links to the delta link, as an OData client does, sending the preference each time.</summary>
    private static async Task<(List<JsonElement> Rows, string DeltaLink)> ReadAllAsync(HttpClient client, string url)
    {
        var rows = new List<JsonElement>();
        string? next = url;
        while (true)
        {
            using var response = await GetTrackedAsync(client, next);
            var page = await response.ReadJsonAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{next}: {(int)response.StatusCode} {page}");
            rows.AddRange(page.Values());
            if (page.TryGetProperty("@odata.deltaLink", out var delta))
            {
                Assert.False(page.TryGetProperty("@odata.nextLink", out _));
                return (rows, delta.GetString()!);
            }

            next = page.GetProperty("@odata.nextLink").GetString()!;
        }
    }

    private static async Task<HttpResponseMessage> PatchAsync(HttpClient client, string url, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        return await client.SendAsync(request);
    }

    private static async Task OkAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
