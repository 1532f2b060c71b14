using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace AmConnector.Benchmarks.Queries;

/// <summary>
/// P2, the BI refresh: one client reads a whole feed page after page by following
/// <c>@odata.nextLink</c>, counting rows, while the server's resident memory is sampled every 100 ms.
/// </summary>
internal static class FeedPaging
{
    public sealed record Result(string Name, long Rows, int Pages, TimeSpan Elapsed, double? PeakRssMiB, double? HighWaterMiB, string? Failure)
    {
        public double RowsPerSecond => Rows / Elapsed.TotalSeconds;
    }

    public static async Task<Result> RunAsync(string name, Uri first, string? token, int pid, TimeSpan limit)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        if (!string.IsNullOrEmpty(token))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        double peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, ProcessMemory.ResidentMiB(pid) ?? 0);
                try
                {
                    await Task.Delay(100, sampling.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });

        long rows = 0;
        var pages = 0;
        string? failure = null;
        var stopwatch = Stopwatch.StartNew();
        Uri? next = first;
        while (next is not null)
        {
            if (stopwatch.Elapsed > limit)
            {
                failure = $"stopped after {limit.TotalSeconds:0} s";
                break;
            }

            using var response = await http.GetAsync(next, HttpCompletionOption.ResponseHeadersRead);
            if (!response.IsSuccessStatusCode)
            {
                failure = $"HTTP {(int)response.StatusCode} on page {pages + 1}";
                break;
            }

            var bytes = await response.Content.ReadAsByteArrayAsync();
            (var count, next) = Read(bytes);
            rows += count;
            pages++;
        }

        stopwatch.Stop();
        await sampling.CancelAsync();
        await sampler;
        return new Result(name, rows, pages, stopwatch.Elapsed, pid > 0 ? peak : null, ProcessMemory.PeakMiB(pid), failure);
    }

    public static void Print(IReadOnlyList<Result> results)
    {
        var ceiling = results[0];
        Console.WriteLine();
        Console.WriteLine("| P2: whole Lots feed, 1,000 a page | rows | pages | seconds | rows/s | peak RSS MiB (sampled) | VmHWM MiB | ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name}{(r.Failure is null ? "" : $" ({r.Failure})")} | {r.Rows:N0} | {r.Pages} | {r.Elapsed.TotalSeconds:0.0} | {r.RowsPerSecond:N0} | {r.PeakRssMiB:0} | {r.HighWaterMiB:0} | {r.RowsPerSecond / ceiling.RowsPerSecond:0.00} |"));
        }
    }

    /// <summary>Counts the objects of <c>value</c> and finds <c>@odata.nextLink</c> without building a document.</summary>
    private static (int Rows, Uri? Next) Read(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        var rows = 0;
        Uri? next = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 2)
            {
                rows++;
                reader.Skip();
            }
            else if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("@odata.nextLink"))
            {
                reader.Read();
                next = new Uri(reader.GetString()!);
            }
        }

        return (rows, next);
    }
}
