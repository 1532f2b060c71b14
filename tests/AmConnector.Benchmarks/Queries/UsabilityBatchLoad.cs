using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace AmConnector.Benchmarks.Queries;

/// <summary>
/// P6: the LIMS asks about 500 lots, once as one <c>CheckUsability</c> call (what the SDK's
/// CheckUsabilityAsync sends) and once as 500 single <c>Lots({id})/AmConnector.Usability()</c> calls
/// one after another. Total time of each, the median of several rounds after a warm-up.
/// </summary>
internal static class UsabilityBatchLoad
{
    public static async Task RunAsync(Uri server, string token, string database, int lots, int rounds)
    {
        var picked = BenchLots.Spread(database, lots);
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var body = new { lots = picked.Select(p => new { p.SupplierCode, p.CatalogueNumber, p.LotNumber }).ToList() };

        async Task<int> Batch()
        {
            using var response = await http.PostAsJsonAsync("/odata/CheckUsability", body);
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
            return json.RootElement.GetProperty("value").GetArrayLength();
        }

        async Task<int> Singles(int count)
        {
            var answered = 0;
            foreach (var lot in picked.Take(count))
            {
                using var response = await http.GetAsync(new Uri($"/odata/Lots({lot.Id})/AmConnector.Usability()", UriKind.Relative));
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                answered++;
            }

            return answered;
        }

        // Warm-up: one batch and a few single calls (JIT, connection pool, SQLite page cache of the set).
        await Batch();
        await Singles(20);
        var batch = await Measure(Batch, rounds);
        var singles = await Measure(() => Singles(picked.Count), rounds);
        Console.WriteLine();
        Console.WriteLine($"| P6: usability of {lots} lots (median of {rounds} rounds) | verdicts | total ms | ms per lot | ratio to batch |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| one CheckUsability call | {batch.Answered} | {batch.Ms:0} | {batch.Ms / lots:0.00} | 1.00 |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {lots} single Usability() calls, one after another | {singles.Answered} | {singles.Ms:0} | {singles.Ms / lots:0.00} | {singles.Ms / batch.Ms:0.0} |"));
    }

    private static async Task<(int Answered, double Ms)> Measure(Func<Task<int>> run, int rounds)
    {
        var times = new List<double>();
        var answered = 0;
        for (var i = 0; i < rounds; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            answered = await run();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        return (answered, times.Order().ElementAt(times.Count / 2));
    }
}
