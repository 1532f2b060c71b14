using System.Diagnostics;
using System.Globalization;
using AmConnector.Benchmarks.Hosting;
using AmConnector.Webhooks;
using StandardWebhooks;

namespace AmConnector.Benchmarks.Inbound;

/// <summary>
/// P4's evidence that does not depend on a quiet machine: a fixed number of the same events as the
/// load, sent by N senders, with the SQL commands EF executes per event (by statement), the process's
/// CPU time per event and the bytes allocated per event, beside the bare receiver's CPU and bytes.
/// On 2 cores, 2,000 ms of CPU per second divided by the CPU per event bounds the rate.
/// </summary>
internal static class InboundProfile
{
    public static async Task RunAsync(LoadArguments arguments)
    {
        var secret = WebhookSecretProtector.NewSecret();
        await using var plugin = await PluginHost.StartAsync();
        await InboundLoad.IssueSecretAsync(plugin, "NWB", secret);
        await using var bare = await BareInboundReceiver.StartAsync(secret);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = arguments.Senders, PooledConnectionLifetime = Timeout.InfiniteTimeSpan });
        var signer = new StandardWebhook(secret);
        var run = Guid.NewGuid().ToString("N")[..6];
        using var counter = SqlCommandCounter.Start();

        Console.WriteLine($"P4 profile: {arguments.Events} events by {arguments.Senders} senders (after {arguments.Events / 5} warm-up events); {Environment.ProcessorCount} cores.");
        var ceiling = await MeasureAsync(arguments, (n) => InboundLoad.SendAsync(http, new Uri(bare.Address, "/events"), signer, InboundLoad.Notice(run, "bare", n)));
        counter.Reset();
        var product = await MeasureAsync(arguments, (n) => InboundLoad.SendAsync(http, new Uri(plugin.Address, "/webhooks/suppliers/NWB/events"), signer, InboundLoad.Notice(run, "amc", n)), counter.Reset);
        var events = (double)product.Accepted;
        var idle = Process.GetCurrentProcess().TotalProcessorTime;
        await Task.Delay(TimeSpan.FromSeconds(3));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Idle process CPU (no requests, background services running): {(Process.GetCurrentProcess().TotalProcessorTime - idle).TotalMilliseconds / 3:0} ms per second."));

        Console.WriteLine();
        Console.WriteLine("| SQL command (EF, per accepted event) | per event |");
        Console.WriteLine("|---|---:|");
        foreach (var (shape, count) in counter.Commands.OrderByDescending(c => c.Value))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{shape}` | {count / events:0.00} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **all** | **{counter.Total / events:0.00}** |"));
        Console.WriteLine();
        Console.WriteLine("| EF event | per event |");
        Console.WriteLine("|---|---:|");
        foreach (var (name, count) in counter.Events.OrderByDescending(c => c.Value))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {count / events:0.00} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| receiver | accepted | CPU ms per event (user) | KiB allocated per event | CPU-bound rate on this machine |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, m) in new[] { ("bare verify + insert", ceiling), ("AmConnector", product) })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {m.Accepted} | {m.CpuMsPerEvent:0.00} ({m.UserCpuMsPerEvent:0.00}) | {m.KibPerEvent:0.0} | {1000 * Environment.ProcessorCount / m.CpuMsPerEvent:0} /s |"));
        }
    }

    private static async Task<Measurement> MeasureAsync(LoadArguments arguments, Func<long, Task<bool>> send, Action? afterWarmup = null)
    {
        await SendAllAsync(arguments.Events / 5, arguments.Senders, 1_000_000_000L, send);
        afterWarmup?.Invoke();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var user = process.UserProcessorTime;
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var accepted = await SendAllAsync(arguments.Events, arguments.Senders, 0, send);
        process.Refresh();
        var events = Math.Max(1, accepted);
        return new Measurement(accepted, (process.TotalProcessorTime - cpu).TotalMilliseconds / events, (process.UserProcessorTime - user).TotalMilliseconds / events,
            (GC.GetTotalAllocatedBytes(precise: true) - bytes) / 1024.0 / events);
    }

    private static async Task<long> SendAllAsync(int events, int senders, long start, Func<long, Task<bool>> send)
    {
        long next = start, accepted = 0;
        var end = start + events;
        await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
        {
            long n;
            while ((n = Interlocked.Increment(ref next)) <= end)
            {
                if (await send(n))
                {
                    Interlocked.Increment(ref accepted);
                }
            }
        }));
        return accepted;
    }

    private sealed record Measurement(long Accepted, double CpuMsPerEvent, double UserCpuMsPerEvent, double KibPerEvent);
}
