using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using AmConnector.Benchmarks.Hosting;
using AmConnector.Webhooks;
using AmConnector.Webhooks.Inbound;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StandardWebhooks;

namespace AmConnector.Benchmarks.Inbound;

/// <summary>
/// P4: suppliers' publishers post signed <c>am.change-notice.published</c> events, each a new notice
/// for a demo material, and wait for the answer. Counts 202s (durable accepts) per second, beside
/// the bare verify-and-insert ceiling on the same machine in the same run: once with the default
/// acknowledgement on apply, once acknowledged on store (ADR-020), then how the stored events drain.
/// </summary>
internal static class InboundLoad
{
    private static readonly string[] AffectedCatalogue = ["NB-FBS-500"];

    public static async Task RunAsync(LoadArguments arguments)
    {
        var secret = WebhookSecretProtector.NewSecret();
        await using var bare = await BareInboundReceiver.StartAsync(secret);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = arguments.Senders, PooledConnectionLifetime = Timeout.InfiniteTimeSpan });
        var signer = new StandardWebhook(secret);
        var run = Guid.NewGuid().ToString("N")[..6];
        var warmup = TimeSpan.FromSeconds(arguments.Warmup);
        var duration = TimeSpan.FromSeconds(arguments.Seconds);

        Console.WriteLine($"P4 inbound: {arguments.Senders} concurrent senders, {arguments.Seconds} s each after {arguments.Warmup} s warm-up; {Environment.ProcessorCount} cores.");
        var ceiling = await ClosedLoopLoad.RunAsync("bare verify + insert (ceiling)", arguments.Senders, warmup, duration,
            (_, n) => SendAsync(http, new Uri(bare.Address, "/events"), signer, Notice(run, "bare", n)));

        LoadResult onApply;
        await using (var plugin = await PluginHost.StartAsync())
        {
            await IssueSecretAsync(plugin, "NWB", secret);
            onApply = await ClosedLoopLoad.RunAsync("AmConnector, acknowledged on apply (default)", arguments.Senders, warmup, duration,
                (_, n) => SendAsync(http, new Uri(plugin.Address, "/webhooks/suppliers/NWB/events"), signer, Notice(run, "apply", n)));
            await using var scope = plugin.Scope(out var db);
            var rows = await db.InboundEvents.CountAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"On apply: inbox rows after the run (warm-up included): {rows}; accepted in the measured window: {onApply.Succeeded}."));
        }

        // Same process, so the code the stored path shares is compiled already: a short warm-up for what is new.
        var storeWarmup = TimeSpan.FromSeconds(Math.Min(arguments.Warmup, 5));
        await using var stored = await PluginHost.StartAsync(new Dictionary<string, string?> { ["AmConnector:SupplierWebhooks:Acknowledge"] = "OnStore" });
        await IssueSecretAsync(stored, "NWB", secret);
        var onStore = await ClosedLoopLoad.RunAsync("AmConnector, acknowledged on store (ADR-020)", arguments.Senders, storeWarmup, duration,
            (_, n) => SendAsync(http, new Uri(stored.Address, "/webhooks/suppliers/NWB/events"), signer, Notice(run, "store", n)));
        await ReportDrainAsync(stored);

        LoadResult.Print([ceiling, onApply, onStore], ceiling);
    }

    /// <summary>How the writer works off what was stored: pending at the end of the window, and how fast it applies them with no sender waiting.</summary>
    private static async Task ReportDrainAsync(PluginHost plugin)
    {
        async Task<Dictionary<InboundEventState, int>> StatesAsync()
        {
            await using var scope = plugin.Scope(out var db);
            return await db.InboundEvents.GroupBy(e => e.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        }

        var atEnd = await StatesAsync();
        var pending = atEnd.GetValueOrDefault(InboundEventState.Pending);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var states = atEnd;
        while (states.GetValueOrDefault(InboundEventState.Pending) > 0 && started.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(250);
            states = await StatesAsync();
        }

        var left = states.GetValueOrDefault(InboundEventState.Pending);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"On store: {atEnd.Values.Sum()} events stored (warm-up included); {pending} pending at the end of the window; " +
            $"{pending - left} applied in the next {started.Elapsed.TotalSeconds:0.0} s ({(pending - left) / started.Elapsed.TotalSeconds:0}/s with no sender waiting); " +
            $"{left} still pending; {states.GetValueOrDefault(InboundEventState.Applied)} applied, {states.GetValueOrDefault(InboundEventState.Refused)} refused, " +
            $"{states.GetValueOrDefault(InboundEventState.Failed)} failed."));
    }

    internal static async Task<bool> SendAsync(HttpClient http, Uri uri, StandardWebhook signer, string body)
    {
        var id = "msg_" + Guid.NewGuid().ToString("N");
        var now = DateTimeOffset.UtcNow;
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(body, Encoding.UTF8, "application/cloudevents+json") };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", signer.Sign(id, now, body));
        using var response = await http.SendAsync(request);
        return response.StatusCode == HttpStatusCode.Accepted;
    }

    internal static string Notice(string run, string target, long n) => JsonSerializer.Serialize(new
    {
        specversion = "1.0",
        id = Guid.NewGuid().ToString(),
        source = "urn:supplier:NWB:publisher",
        type = InboundEventTypes.ChangeNoticePublished,
        time = DateTimeOffset.UtcNow,
        datacontenttype = "application/json",
        data = new
        {
            supplierReference = $"LOAD-{run}-{target}-{n}",
            version = 1,
            area = "Process",
            level = "Level1",
            title = "Load test: filter supplier change",
            description = "Sterile filter of the final fill changes supplier; same pore size and membrane.",
            rationale = "Supply continuity.",
            affectedCatalogueNumbers = AffectedCatalogue,
            plannedImplementationOn = "2027-09-01",
            contact = new { name = "Load Test", email = "load@northwind-bio.example" },
        },
    });

    internal static async Task IssueSecretAsync(PluginHost plugin, string supplierCode, string secret)
    {
        await using var scope = plugin.Scope(out var db);
        var supplier = await db.Suppliers.SingleAsync(s => s.Code == supplierCode);
        var protector = scope.ServiceProvider.GetRequiredService<WebhookSecretProtector>();
        db.SupplierWebhookSecrets.Add(new SupplierWebhookSecret
        {
            SupplierId = supplier.Id, SupplierCode = supplier.Code, ProtectedSecret = protector.Protect(secret), ValidFrom = DateTimeOffset.UtcNow.AddMinutes(-1),
        });
        await db.SaveChangesAsync();
    }
}
