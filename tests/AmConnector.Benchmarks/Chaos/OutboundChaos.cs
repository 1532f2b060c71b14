using System.Diagnostics;
using System.Globalization;

namespace AmConnector.Benchmarks.Chaos;

/// <summary>
/// R2: signed change notices make <c>am.change-notice.received</c> messages, each delivered to a few
/// endpoints on a loopback receiver, while the server is killed with SIGKILL and restarted a few
/// times with deliveries in flight. Afterwards every delivery must have arrived at least once, always
/// under the same webhook-id (duplicates are allowed by at-least-once and counted).
/// </summary>
internal static class OutboundChaos
{
    public static async Task<bool> RunAsync(ChaosArguments arguments)
    {
        var random = new Random(arguments.Seed);
        var run = Guid.NewGuid().ToString("N")[..6];
        await using var receiver = await ChaosReceiver.StartAsync();
        await using var server = new ServerProcess(arguments.ServerDll, new Dictionary<string, string>
        {
            // The receiver is on loopback, which the SSRF guard refuses unless the site lists it.
            ["AmConnector__Webhooks__AllowedPrivateHosts__0"] = "127.0.0.1",
            // Short lease (more than twice the timeout, as the validator asks) and retry, so a
            // killed instance's deliveries are taken over within the run.
            ["AmConnector__Webhooks__LeaseDuration"] = "00:00:05",
            ["AmConnector__Webhooks__PollInterval"] = "00:00:00.200",
            ["AmConnector__Webhooks__Timeout"] = "00:00:02",
            ["AmConnector__Webhooks__RetrySchedule__0"] = "00:00:01",
            ["AmConnector__Webhooks__RetrySchedule__1"] = "00:00:02",
            ["AmConnector__Webhooks__RetrySchedule__2"] = "00:00:05",
        });
        await server.StartAsync();
        Console.WriteLine($"R2: server up at {server.Address}, receiver at {receiver.Address} (data in {server.Folder}).");

        string secret;
        using (var admin = new AdminApi(server.Address))
        {
            await admin.SignInAsync();
            for (var n = 0; n < arguments.Endpoints; n++)
            {
                await admin.CreateEndpointAsync(new Uri(receiver.Address, $"/hook/{n}"), "am.change-notice.received");
            }

            secret = await admin.CreateSupplierSecretAsync("NWB");
        }

        var expectedAtMost = arguments.Events * arguments.Endpoints;
        var killer = new ChaosKiller(server, random);
        var points = ChaosKiller.Points(random, arguments.Kills, expectedAtMost / 10, expectedAtMost * 7 / 10);
        var clock = Stopwatch.StartNew();
        using var stopKiller = new CancellationTokenSource();
        var killing = killer.RunAsync(() => receiver.Receipts.Count, points, stopKiller.Token);

        var sender = new SupplierSender(server.Address, "NWB", secret);
        var events = SupplierSender.Events(run, arguments.Events);
        await sender.SendAllAsync(events, arguments.Senders, TimeSpan.FromSeconds(arguments.DeadlineSeconds));
        var accepted = events.Count(e => e.FinalStatus is >= 200 and < 300);
        var expected = accepted * arguments.Endpoints;

        // At-least-once: wait until every (message, endpoint) pair has arrived, or give up.
        var until = Stopwatch.GetTimestamp() + (long)(arguments.DeadlineSeconds * Stopwatch.Frequency);
        while (Distinct(receiver) < expected && Stopwatch.GetTimestamp() < until)
        {
            await Task.Delay(100);
        }

        await stopKiller.CancelAsync();
        try
        {
            await killing;
        }
        catch (OperationCanceledException)
        {
            killer.Log.Add("fewer kills than planned: every delivery arrived first");
        }

        var seconds = clock.Elapsed.TotalSeconds;
        killer.Log.ForEach(line => Console.WriteLine("  " + line));
        await server.StopAsync();

        var messages = ChaosDatabase.Pairs(server.DatabaseFile,
            "SELECT Id, COALESCE(FannedOutAt, '') FROM OutboxMessages WHERE Type = 'am.change-notice.received'");
        var deliveries = ChaosDatabase.Pairs(server.DatabaseFile,
            "SELECT lower(Id), Status FROM WebhookDeliveries WHERE EventType = 'am.change-notice.received'");
        var receipts = receiver.Receipts.Where(r => r.Type == "am.change-notice.received").ToList();
        var receivedIds = receipts.Select(r => r.WebhookId.ToLowerInvariant()).ToHashSet();
        var pairs = receipts.GroupBy(r => (r.CloudEventId, r.Endpoint)).ToList();
        var unstable = pairs.Count(g => g.Select(r => r.WebhookId).Distinct().Count() > 1);
        var missing = deliveries.Count(d => !receivedIds.Contains(d.A));
        var notFannedOut = messages.Count(m => m.B.Length == 0);
        var unknown = receivedIds.Count(id => !deliveries.Exists(d => d.A == id));

        Console.WriteLine();
        Console.WriteLine("| R2 | messages | deliveries (expected) | receipts | distinct | duplicates | missing | unstable webhook-id | not fanned out |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {arguments.Kills} × kill -9, {arguments.Endpoints} endpoints, {seconds:0} s | {messages.Count} | {deliveries.Count} ({messages.Count * arguments.Endpoints}) | {receipts.Count} | {pairs.Count} | {receipts.Count - pairs.Count} | {missing} | {unstable} | {notFannedOut} |"));
        Console.WriteLine($"  inbound: {events.Count} sent, {accepted} accepted, {events.Sum(e => e.Attempts - 1)} retries; delivery statuses: "
            + string.Join(", ", deliveries.GroupBy(d => d.B).Select(g => $"{g.Key} {g.Count()}")) + (unknown > 0 ? $"; {unknown} receipts with an unknown webhook-id" : ""));

        return missing == 0 && unstable == 0 && notFannedOut == 0 && unknown == 0 && accepted == events.Count
            && messages.Count == accepted && deliveries.Count == messages.Count * arguments.Endpoints;
    }

    private static int Distinct(ChaosReceiver receiver) =>
        receiver.Receipts.Where(r => r.Type == "am.change-notice.received").Select(r => (r.CloudEventId, r.Endpoint)).Distinct().Count();
}
