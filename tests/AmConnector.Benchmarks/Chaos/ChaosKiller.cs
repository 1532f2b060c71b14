using System.Diagnostics;

namespace AmConnector.Benchmarks.Chaos;

/// <summary>
/// Kills the server with SIGKILL when progress (events answered, receipts seen) reaches each of a
/// few random points, then starts it again on the same data after a short random pause.
/// </summary>
internal sealed class ChaosKiller(ServerProcess server, Random random)
{
    public List<string> Log { get; } = [];

    /// <summary>Read from the dead server's file before each restart, e.g. how many stored events wait to be applied (ADR-020).</summary>
    public Func<string>? WhileDown { get; init; }

    public static int[] Points(Random random, int kills, int low, int high) =>
        Enumerable.Range(0, kills).Select(_ => random.Next(low, high)).Order().ToArray();

    public async Task RunAsync(Func<int> progress, int[] points, CancellationToken cancellationToken)
    {
        foreach (var point in points)
        {
            while (progress() < point)
            {
                await Task.Delay(5, cancellationToken);
            }

            var at = progress();
            await server.KillAsync();
            var down = Stopwatch.StartNew();
            // Once killed, always started again: the rest of the run needs the server up.
            await Task.Delay(random.Next(50, 500), CancellationToken.None);
            var state = WhileDown?.Invoke();
            await server.StartAsync(CancellationToken.None);
            Log.Add($"kill -9 at progress {at} (target {point}); back up after {down.Elapsed.TotalSeconds:0.0} s{(state is null ? "" : "; " + state)}");
        }
    }
}
