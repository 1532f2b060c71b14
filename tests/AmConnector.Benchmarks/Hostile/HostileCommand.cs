using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using AmConnector.Benchmarks.Hosting;
using AmConnector.IntegrationTests.Hostile;
using Microsoft.AspNetCore.Builder;

namespace AmConnector.Benchmarks.Hostile;

/// <summary>
/// Issue #10 item 7: the hostile-input cases (the full set, or the fast subset the tests run) against
/// AmConnector in-process behind the standalone server's pipeline, or against a running server
/// (<c>--url</c>, demo clients). Prints per family: cases, 2xx/4xx/5xx, conformant refusals, row-count
/// violations; then every failing case by name. Exit code 1 when any case fails.
/// </summary>
internal static class HostileCommand
{
    private static readonly Dictionary<HostileCaller, string> DemoClients = new()
    {
        [HostileCaller.Reader] = "lims-demo",
        [HostileCaller.Writer] = "qa-demo",
        [HostileCaller.ClientsManager] = "admin-demo",
        [HostileCaller.WebhooksManager] = "qms-host",
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var full = !args.Contains("--fast");
        var url = Option(args, "--url");
        var filter = Option(args, "--filter");
        var cases = (full ? HostileCases.All : HostileCases.Fast())
            .Where(c => filter is null || c.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();

        var logExceptions = args.Contains("--log-exceptions");
        await using var host = url is null ? await PluginHost.StartAsync(QuietBackground, app => ServerPipeline(app, logExceptions)) : null;
        var address = url is null ? host!.Address : new Uri(url);
        using var handler = new SocketsHttpHandler { RequestHeaderEncodingSelector = HostileRunner.HeaderEncoding, AllowAutoRedirect = false };
        var clients = new Dictionary<HostileCaller, HttpClient>();
        foreach (var caller in Enum.GetValues<HostileCaller>())
        {
            var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
            if (DemoClients.TryGetValue(caller, out var clientId))
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client, clientId));
            }

            clients[caller] = client;
        }

        Func<CancellationToken, Task<IReadOnlyDictionary<string, long>>>? counts = host is null ? null : async cancellationToken =>
        {
            await using var scope = host.Scope(out var db);
            return await HostileRowCounts.ReadAsync(db, cancellationToken);
        };
        var runner = new HostileRunner(caller => clients[caller], counts);
        var context = await runner.PrepareAsync();

        Console.WriteLine($"Hostile inputs: {(full ? "full set" : "fast subset")}, {cases.Count} cases, seed {HostileCases.Seed}, against {(url ?? "in-process host (server pipeline) at " + address)}; " +
                          $"row counts {(counts is null ? "not checked (no database access)" : "checked on every refused write")}.");
        var outcomes = new List<HostileOutcome>();
        var clock = Stopwatch.StartNew();
        foreach (var hostile in cases)
        {
            var started = clock.Elapsed;
            HostileOutcome outcome;
            try
            {
                outcome = await runner.RunAsync(hostile, context);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                outcome = new HostileOutcome(hostile, 0, "runner error", [$"{exception.GetType().Name}: {exception.Message}"]);
            }

            outcomes.Add(outcome);
            if (args.Contains("--verbose") || !outcome.Passed)
            {
                Console.WriteLine($"  {(outcome.Passed ? "ok  " : "FAIL")} {(clock.Elapsed - started).TotalMilliseconds,7:0} ms  {outcome}");
            }
        }

        Print(outcomes, clock.Elapsed);
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        return outcomes.All(o => o.Passed) ? 0 : 1;
    }

    /// <summary>
    /// Background work that writes rows on its own clock (the webhook dispatcher delivering earlier events, the
    /// host-QMS worker) would move row counts during a refused write; as in the integration tests, it is off.
    /// </summary>
    private static readonly Dictionary<string, string?> QuietBackground = new()
    {
        ["AmConnector:Webhooks:DispatcherEnabled"] = "false",
        ["AmConnector:HostQms:WorkerEnabled"] = "false",
    };

    /// <summary>What AmConnector.Server's Program.cs puts before MapAmConnector.</summary>
    private static void ServerPipeline(WebApplication app, bool logExceptions)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (logExceptions)
        {
            // Diagnosis only: what the exception handler turned into a 500.
            app.Use(async (context, next) =>
            {
                try
                {
                    await next(context);
                }
                catch (Exception exception)
                {
                    Console.Error.WriteLine($"  exception at {context.Request.Method} {context.Request.Path}: {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace?.Split('\n').Take(8).Aggregate((a, b) => a + "\n" + b)}");
                    throw;
                }
            });
        }
    }

    private static void Print(List<HostileOutcome> outcomes, TimeSpan elapsed)
    {
        Console.WriteLine();
        Console.WriteLine($"{"family",-20} {"cases",6} {"2xx",6} {"4xx",6} {"5xx",5} {"other",6} {"conformant",11} {"row viol.",9} {"failed",7}");
        foreach (var family in HostileCases.Families.Append("total"))
        {
            var rows = family == "total" ? outcomes : outcomes.Where(o => o.Case.Family == family).ToList();
            var refusals = rows.Where(o => o.Status is >= 400 and < 600).ToList();
            var conformant = refusals.Count(o => o.Answer is "problem" or "odata-error" or "oauth-error");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{family,-20} {rows.Count,6} {rows.Count(o => o.Status is >= 200 and < 300),6} {rows.Count(o => o.Status is >= 400 and < 500),6} {rows.Count(o => o.Status >= 500),5} " +
                $"{rows.Count(o => o.Status is < 200 or (>= 300 and < 400)),6} {(refusals.Count == 0 ? "-" : $"{conformant}/{refusals.Count}"),11} {rows.Count(o => o.RowViolation),9} {rows.Count(o => !o.Passed),7}"));
        }

        var transport = outcomes.Count(o => o.TransportRejection);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{outcomes.Count} cases in {elapsed.TotalSeconds:0.0} s; {outcomes.Count(o => !o.Passed)} failed; {transport} refused by Kestrel before the app (no body possible there)."));
        Console.WriteLine("conformant = refusals answered with a problem detail (or an OData error on /odata, an OAuth error at /connect/token).");
    }

    private static async Task<string> TokenAsync(HttpClient client, string clientId)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientId + "-secret",
        });
        using var response = await client.PostAsync(new Uri("/connect/token", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!
            : throw new InvalidOperationException($"/connect/token refused {clientId}: {(int)response.StatusCode} {body}");
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
