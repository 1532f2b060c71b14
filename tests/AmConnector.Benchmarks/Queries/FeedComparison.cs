using System.Net.Http.Headers;
using System.Text.Json;

namespace AmConnector.Benchmarks.Queries;

/// <summary>
/// The plain feed writer against OData's serializer on the same data (ADR-018): follows a feed's
/// next links and fetches every page twice, once as a BI tool asks (plain writer) and once with an
/// <c>Accept</c> parameter only OData's serializer takes, and counts the pages whose bytes differ.
/// </summary>
internal static class FeedComparison
{
    private static readonly MediaTypeWithQualityHeaderValue ODataSerializer =
        MediaTypeWithQualityHeaderValue.Parse("application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false");

    public static async Task<int> RunAsync(Uri first, string token, int maxPages)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var (pages, rows, differing) = (0, 0L, 0);
        for (Uri? page = first; page is not null && pages < maxPages; pages++)
        {
            var plain = await http.GetByteArrayAsync(page);
            using var request = new HttpRequestMessage(HttpMethod.Get, page);
            request.Headers.Accept.Add(ODataSerializer);
            using var response = await http.SendAsync(request);
            var odata = await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
            if (!plain.AsSpan().SequenceEqual(odata))
            {
                differing++;
                Console.WriteLine($"page {pages + 1} differs: {page}");
            }

            using var json = JsonDocument.Parse(plain);
            rows += json.RootElement.GetProperty("value").GetArrayLength();
            page = json.RootElement.TryGetProperty("@odata.nextLink", out var next) ? new Uri(next.GetString()!) : null;
        }

        Console.WriteLine($"FEED_COMPARISON|{pages}|{rows}|{differing}");
        return differing == 0 ? 0 : 1;
    }
}
