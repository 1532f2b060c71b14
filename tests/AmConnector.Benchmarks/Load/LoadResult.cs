using System.Globalization;

namespace AmConnector.Benchmarks;

/// <summary>One scenario's figures: successful operations per second and latency percentiles.</summary>
internal sealed record LoadResult(string Name, long Succeeded, long Failed, TimeSpan Elapsed, double P50Ms, double P99Ms)
{
    public double PerSecond => Succeeded / Elapsed.TotalSeconds;

    public static void Print(IReadOnlyList<LoadResult> results, LoadResult ceiling)
    {
        Console.WriteLine();
        Console.WriteLine("| scenario | ok | failed | per second | p50 ms | p99 ms | ratio to ceiling |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Succeeded} | {r.Failed} | {r.PerSecond:0} | {r.P50Ms:0.0} | {r.P99Ms:0.0} | {r.PerSecond / ceiling.PerSecond:0.00} |"));
        }
    }
}
