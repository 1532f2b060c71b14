using System.Diagnostics;
using System.Globalization;

namespace AmConnector.Benchmarks.Chaos;

/// <summary>
/// R1: signed change notices from concurrent senders while the server is killed with SIGKILL and
/// restarted a few times. Afterwards every event that got a 2xx must be stored exactly once
/// (inbox row and change notice), and the audit chain must verify.
/// </summary>
internal static class InboundChaos
{
    public static async Task<bool> RunAsync(ChaosArguments arguments)
    {
        var random = new Random(arguments.Seed);
        var run = Guid.NewGuid().ToString("N")[..6];
        await using var server = new ServerProcess(arguments.ServerDll, new Dictionary<string, string>
        {
            ["AmConnector__SupplierWebhooks__Acknowledge"] = arguments.Acknowledge,
        });
        var clock = Stopwatch.StartNew();
        await server.StartAsync();
        Console.WriteLine($"R1 (acknowledged {arguments.Acknowledge}): server up at {server.Address} in {clock.Elapsed.TotalSeconds:0.0} s (data in {server.Folder}).");

        string secret;
        using (var admin = new AdminApi(server.Address))
        {
            await admin.SignInAsync();
            secret = await admin.CreateSupplierSecretAsync("NWB");
        }

        var sender = new SupplierSender(server.Address, "NWB", secret);
        var events = SupplierSender.Events(run, arguments.Events);
        var killer = new ChaosKiller(server, random)
        {
            // On store, what the kill left stored and not yet applied: the restart must apply it.
            WhileDown = arguments.Acknowledge == "OnStore"
                ? () => "left pending: " + ChaosDatabase.Pairs(server.DatabaseFile, "SELECT COUNT(*), '' FROM InboundEvents WHERE State = 'Pending'").Single().A
                : null,
        };
        var points = ChaosKiller.Points(random, arguments.Kills, arguments.Events / 10, arguments.Events * 9 / 10);
        using var stopKiller = new CancellationTokenSource();
        clock.Restart();
        var sending = sender.SendAllAsync(events, arguments.Senders, TimeSpan.FromSeconds(arguments.DeadlineSeconds));
        var killing = killer.RunAsync(() => sender.Completed, points, stopKiller.Token);
        await sending;
        await stopKiller.CancelAsync();
        try
        {
            await killing;
        }
        catch (OperationCanceledException)
        {
            killer.Log.Add("fewer kills than planned: the senders finished first");
        }

        var sendingSeconds = clock.Elapsed.TotalSeconds;
        killer.Log.ForEach(line => Console.WriteLine("  " + line));

        if (arguments.Acknowledge == "OnStore")
        {
            // Acknowledged on store: the notices exist once the writer has applied what it stored, across the kills too.
            await WaitAppliedAsync(server.DatabaseFile);
        }

        // Whatever state the last kill left, the server must be up: restart it if the killer's last start raced the end.
        bool intact;
        string verification;
        using (var admin = new AdminApi(server.Address))
        {
            await admin.SignInAsync();
            var result = await admin.VerifyAuditTrailAsync();
            intact = result.GetProperty("Intact").GetBoolean();
            verification = result.ToString();
        }

        await server.StopAsync();

        var inbox = ChaosDatabase.Pairs(server.DatabaseFile,
            $"SELECT WebhookId, CloudEventId FROM InboundEvents WHERE WebhookId LIKE 'msg_chaos_{run}_%'");
        var notices = ChaosDatabase.Pairs(server.DatabaseFile,
            $"SELECT SupplierReference, Id FROM ChangeNotices WHERE SupplierReference LIKE 'CHAOS-{run}-%'");

        var answered = events.Where(e => e.FinalStatus is >= 200 and < 300).ToList();
        var inboxCounts = inbox.GroupBy(r => r.A).ToDictionary(g => g.Key, g => g.Count());
        var noticeCounts = notices.GroupBy(r => r.A).ToDictionary(g => g.Key, g => g.Count());
        var missing = answered.Count(e => !inboxCounts.ContainsKey(e.WebhookId) || !noticeCounts.ContainsKey(e.SupplierReference));
        var duplicates = inboxCounts.Values.Sum(c => c - 1) + noticeCounts.Values.Sum(c => c - 1);
        var refused = events.Where(e => e.FinalStatus is >= 400).ToList();
        var unanswered = events.Count(e => e.FinalStatus is null);

        Console.WriteLine();
        Console.WriteLine("| R1 | sent | 2xx | of which 200 (repeat) | retried events | retries | present (inbox / notices) | duplicates | missing | refused | unanswered | audit chain |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {arguments.Kills} × kill -9, {arguments.Senders} senders, {sendingSeconds:0} s | {events.Count} | {answered.Count} | {answered.Count(e => e.FinalStatus == 200)} | {events.Count(e => e.Attempts > 1)} | {events.Sum(e => e.Attempts - 1)} | {inboxCounts.Count} / {noticeCounts.Count} | {duplicates} | {missing} | {refused.Count} | {unanswered} | {(intact ? "intact" : "BROKEN")} |"));
        foreach (var refusal in refused.Take(3))
        {
            Console.WriteLine($"  refused {refusal.WebhookId}: {refusal.FinalStatus} {refusal.Refusal}");
        }

        if (!intact)
        {
            Console.WriteLine("  VerifyAuditTrail: " + verification);
        }

        return missing == 0 && duplicates == 0 && intact && unanswered == 0 && refused.Count == 0;
    }

    /// <summary>Waits (at most two minutes) until no stored event is pending, and says how long it took.</summary>
    private static async Task WaitAppliedAsync(string databaseFile)
    {
        var clock = Stopwatch.StartNew();
        List<(string State, string Count)> states;
        do
        {
            await Task.Delay(250);
            states = ChaosDatabase.Pairs(databaseFile, "SELECT State, COUNT(*) FROM InboundEvents GROUP BY State");
        }
        while (states.Any(s => s.State == "Pending") && clock.Elapsed < TimeSpan.FromMinutes(2));

        Console.WriteLine($"  stored events after {clock.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", states.Select(s => $"{s.Count} {s.State}"))}");
    }
}
