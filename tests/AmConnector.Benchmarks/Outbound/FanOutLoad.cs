using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AmConnector.Benchmarks.Hosting;
using AmConnector.Outbox;
using AmConnector.Webhooks;
using AmConnector.Webhooks.Outbound;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.Benchmarks.Outbound;

/// <summary>
/// P5: one event committed to the outbox, delivered to N subscribed endpoints by the dispatcher.
/// Reports commit-to-receipt latency over every delivery of every round, beside one direct POST of
/// the same body to the same receiver (the floor of this machine's loopback HTTP) in the same run.
/// </summary>
internal static class FanOutLoad
{
    public static async Task RunAsync(int endpoints, int rounds)
    {
        await using var receiver = await ReceiptRecorder.StartAsync();
        await using var plugin = await PluginHost.StartAsync(new Dictionary<string, string?>
        {
            ["AmConnector:Webhooks:AllowedPrivateHosts:0"] = "127.0.0.1",
            ["AmConnector:Webhooks:MaxConcurrency"] = endpoints.ToString(CultureInfo.InvariantCulture),
        });
        await SubscribeAsync(plugin, receiver, endpoints);
        Console.WriteLine($"P5 fan-out: {endpoints} endpoints, {rounds} rounds after 2 warm-up rounds; {Environment.ProcessorCount} cores.");

        var viaDispatcher = new List<double>();
        for (var round = -2; round < rounds; round++)
        {
            var (id, committed) = await PublishAsync(plugin);
            var arrivals = await receiver.WaitForAsync(id, endpoints, TimeSpan.FromSeconds(60));
            if (arrivals.Count < endpoints)
            {
                Console.WriteLine($"Round {round}: only {arrivals.Count} of {endpoints} deliveries arrived within 60 s.");
            }

            if (round >= 0)
            {
                viaDispatcher.AddRange(arrivals.Select(a => Stopwatch.GetElapsedTime(committed, a).TotalMilliseconds));
            }
        }

        var direct = await DirectPostsAsync(receiver, rounds * 10);
        Print(endpoints, viaDispatcher, direct);
    }

    private static async Task SubscribeAsync(PluginHost plugin, ReceiptRecorder receiver, int endpoints)
    {
        await using var scope = plugin.Scope(out var db);
        var protector = scope.ServiceProvider.GetRequiredService<WebhookSecretProtector>();
        for (var n = 0; n < endpoints; n++)
        {
            db.Set<WebhookEndpoint>().Add(new WebhookEndpoint
            {
                Url = new Uri(receiver.Address, $"/hook/{n}").ToString(),
                Description = $"bench receiver {n}",
                EventTypes = [EventTypes.LotStatusChanged],
                ProtectedSecret = protector.Protect(WebhookSecretProtector.NewSecret()),
                CreatedBy = "bench",
            });
        }

        db.Audit.SystemActor = "bench";
        await db.SaveChangesAsync();
    }

    /// <summary>Commits one outbox message as a lot status change would; the moment SaveChanges returns is the commit.</summary>
    private static async Task<(string Id, long Committed)> PublishAsync(PluginHost plugin)
    {
        await using var scope = plugin.Scope(out var db);
        db.Audit.SystemActor = "bench";
        var message = scope.ServiceProvider.GetRequiredService<OutboxWriter>().Add(db, EventTypes.LotStatusChanged, "lots/NWB/NB-FBS-500/BENCH-1",
            new { lotId = Guid.NewGuid(), supplierCode = "NWB", catalogueNumber = "NB-FBS-500", lotNumber = "BENCH-1", from = "Quarantine", to = "Released", reason = "bench" },
            "NWB", "NB-FBS-500");
        await db.SaveChangesAsync();
        return (message.Id.ToString(), Stopwatch.GetTimestamp());
    }

    private static async Task<List<double>> DirectPostsAsync(ReceiptRecorder receiver, int count)
    {
        using var http = new HttpClient();
        var latencies = new List<double>();
        for (var i = -20; i < count; i++)
        {
            var id = Guid.NewGuid().ToString();
            var body = JsonSerializer.Serialize(new { specversion = "1.0", id, type = EventTypes.LotStatusChanged, source = "urn:bench", data = new { } });
            var sent = Stopwatch.GetTimestamp();
            using var response = await http.PostAsync(new Uri(receiver.Address, "/hook/0"), new StringContent(body, Encoding.UTF8, "application/cloudevents+json"));
            var arrival = (await receiver.WaitForAsync(id, 1, TimeSpan.FromSeconds(5))).Single();
            if (i >= 0)
            {
                latencies.Add(Stopwatch.GetElapsedTime(sent, arrival).TotalMilliseconds);
            }
        }

        return latencies;
    }

    private static void Print(int endpoints, List<double> viaDispatcher, List<double> direct)
    {
        static double P(List<double> values, double p)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        }

        Console.WriteLine();
        Console.WriteLine("| path | deliveries | p50 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| commit → receipt via the dispatcher ({endpoints} endpoints) | {viaDispatcher.Count} | {P(viaDispatcher, 0.5):0.0} | {P(viaDispatcher, 0.99):0.0} | {viaDispatcher.DefaultIfEmpty(double.NaN).Max():0.0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| one direct POST (floor) | {direct.Count} | {P(direct, 0.5):0.0} | {P(direct, 0.99):0.0} | {direct.DefaultIfEmpty(double.NaN).Max():0.0} |"));
    }
}
