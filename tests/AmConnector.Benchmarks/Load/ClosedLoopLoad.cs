using System.Diagnostics;

namespace AmConnector.Benchmarks;

/// <summary>
/// N workers, each sending its next request as soon as the previous one is answered (a closed loop,
/// like suppliers' publishers that wait for the 2xx), for a fixed time after a warm-up.
/// </summary>
internal static class ClosedLoopLoad
{
    public static async Task<LoadResult> RunAsync(string name, int workers, TimeSpan warmup, TimeSpan duration, Func<int, long, Task<bool>> operation)
    {
        await RunPhaseAsync(workers, warmup, operation, sequenceStart: 1_000_000_000L, record: null);
        var latencies = new List<double>[workers];
        var stopwatch = Stopwatch.StartNew();
        var (ok, failed) = await RunPhaseAsync(workers, duration, operation, sequenceStart: 0, record: latencies);
        stopwatch.Stop();
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(name, ok, failed, stopwatch.Elapsed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static async Task<(long Ok, long Failed)> RunPhaseAsync(int workers, TimeSpan duration, Func<int, long, Task<bool>> operation, long sequenceStart, List<double>[]? record)
    {
        long ok = 0, failed = 0, sequence = sequenceStart;
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            var mine = new List<double>();
            if (record is not null)
            {
                record[worker] = mine;
            }

            while (Stopwatch.GetTimestamp() < end)
            {
                var started = Stopwatch.GetTimestamp();
                var success = await operation(worker, Interlocked.Increment(ref sequence));
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Interlocked.Increment(ref success ? ref ok : ref failed);
            }
        }));
        return (ok, failed);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
