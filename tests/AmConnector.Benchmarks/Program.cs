using System.Globalization;
using AmConnector.Benchmarks;
using AmConnector.Benchmarks.Inbound;
using AmConnector.Benchmarks.Queries;

// Load scenarios against AmConnector on this machine, each beside its bare ceiling in the same run.
// bench/run.sh runs them all; the commands one by one:
//   generate --out <file.db> [--seed 42] [--scale 1]      the 1M-lot site (P1–P3, P6)
//   serve --db <file.db> [--port 5081]                    AmConnector over it, until stopped
//   ceiling --db <file.db> [--port 5082]                  the hand-written ceiling over it, until stopped
//   token --server <url>                                  a LIMS client-credentials token
//   pick-lot --db <file.db>                               P1's lot id
//   page --url <first page> [--token T] [--pid N] [--name label] [--limit-seconds 600]   P2, one feed
//   feed-compare --url <first page> --token T [--pages 1000]   the plain feed writer's bytes against OData's, page by page (ADR-018)
//   usability-batch --server <url> --token T --db <file.db> [--lots 500] [--rounds 3]    P6
//   inbound [--seconds 20] [--senders 32]                 P4
//   fanout [--seconds <rounds>]                           P5
// Micro-benchmarks of the hot code (BenchmarkDotNet; its own arguments follow). --inProcess skips
// BenchmarkDotNet's rebuild of this project, which overran its 2-minute build timeout on a busy 2-core VM:
//   micro --filter '*' --job short --inProcess
// Crash harness (bench/chaos/run.sh builds the server and runs both):
//   chaos-inbound|chaos-outbound --server <AmConnector.Server.dll>
//   import-csv [--lots 100000] [--materials 200] [--batch 2000]   CSV bulk import speed (issue #9)
//   hostile [--full|--fast] [--url http://host:port] [--filter text] [--verbose]   hostile inputs (bench/hostile/run.sh)
//   inbound-profile [--events 1000] [--senders 1]   P4's cost per event: SQL commands, EF events, CPU ms, KiB allocated
var scenario = args.FirstOrDefault() ?? "help";
if (scenario == "micro")
{
    BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(AmConnector.Benchmarks.Micro.SignatureBenchmarks).Assembly).Run(args[1..]);
    return 0;
}

if (scenario.StartsWith("chaos-", StringComparison.Ordinal))
{
    return await AmConnector.Benchmarks.Chaos.ChaosCommand.RunAsync(scenario, args[1..]);
}

switch (scenario)
{
    case "inbound":
        await InboundLoad.RunAsync(LoadArguments.Parse(args.Skip(1).ToArray()));
        return 0;
    case "inbound-profile":
        await InboundProfile.RunAsync(LoadArguments.Parse(args.Skip(1).ToArray()));
        return 0;
    case "fanout":
        await AmConnector.Benchmarks.Outbound.FanOutLoad.RunAsync(endpoints: 100, rounds: Math.Max(5, LoadArguments.Parse(args.Skip(1).ToArray()).Seconds));
        return 0;
    case "generate":
        await AmConnector.Benchmarks.Data.DataGenerator.RunAsync(
            Option("--out") ?? "bench/.data/amconnector-1m-seed42.db", Number("--seed", 42),
            new AmConnector.Benchmarks.Data.DataShape().Scaled(double.Parse(Option("--scale") ?? "1", CultureInfo.InvariantCulture)));
        return 0;
    case "serve":
        await AmConnector.Benchmarks.Hosting.StandaloneServer.RunAsync(Required("--db"), Number("--port", 5081));
        return 0;
    case "ceiling":
        await AmConnector.Benchmarks.Ceiling.CeilingServer.RunAsync(Required("--db"), Number("--port", 5082));
        return 0;
    case "token":
        Console.WriteLine(await BenchToken.GetAsync(new Uri(Required("--server"))));
        return 0;
    case "pick-lot":
        Console.WriteLine(BenchLots.ForUsability(Required("--db")).Id);
        return 0;
    case "page":
        var paged = await FeedPaging.RunAsync(Option("--name") ?? "feed", new Uri(Required("--url")), Option("--token"), Number("--pid", 0),
            TimeSpan.FromSeconds(Number("--limit-seconds", 600)));
        // One machine-readable line; run.sh puts the ceiling's and AmConnector's into one table.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PAGE_RESULT|{paged.Name}|{paged.Rows}|{paged.Pages}|{paged.Elapsed.TotalSeconds:0.0}|{paged.RowsPerSecond:0}|{paged.PeakRssMiB:0}|{paged.HighWaterMiB:0}|{paged.Failure}"));
        return paged.Failure is null ? 0 : 1;
    case "feed-compare":
        return await FeedComparison.RunAsync(new Uri(Required("--url")), Required("--token"), Number("--pages", 1000));
    case "usability-batch":
        await UsabilityBatchLoad.RunAsync(new Uri(Required("--server")), Required("--token"), Required("--db"), Number("--lots", 500), Number("--rounds", 3));
        return 0;
    case "import-csv":
        await AmConnector.Benchmarks.BulkData.ImportCsvLoad.RunAsync(Number("--lots", 100_000), Number("--materials", 200), Number("--batch", 2000));
        return 0;
    case "hostile":
        return await AmConnector.Benchmarks.Hostile.HostileCommand.RunAsync(args.Skip(1).ToArray());
    default:
        Console.WriteLine("Scenarios: generate, serve, ceiling, token, pick-lot, page, usability-batch (P1–P3, P6 through bench/run.sh);");
        Console.WriteLine("           inbound (P4: signed change notices, concurrent senders, durable accepts per second);");
        Console.WriteLine("           fanout (P5: one event to 100 endpoints, commit-to-receipt p50/p99 beside one direct POST; --seconds = rounds);");
        Console.WriteLine("           micro [BenchmarkDotNet arguments] (signature, CoA, usability, outbox micro-benchmarks);");
        Console.WriteLine("           chaos-inbound | chaos-outbound --server <dll> (crash harness R1/R2, see bench/chaos/README.md).");
        Console.WriteLine("           import-csv (CSV bulk import of generated lots into a fresh SQLite file, rows per second; --lots, --materials, --batch).");
        Console.WriteLine("           feed-compare --url <first page> --token T (every page from the plain writer and from OData's serializer, byte for byte).");
        Console.WriteLine("           hostile (the hostile-input cases, --full (default) or --fast, in-process or --url; see bench/hostile/run.sh).");
        Console.WriteLine("Options: --seconds N (default 20), --senders N (default 32), --warmup N seconds (default 3).");
        return scenario == "help" ? 0 : 1;
}

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

string Required(string name) => Option(name) ?? throw new ArgumentException($"{name} is required for '{scenario}'.");

int Number(string name, int fallback) => Option(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
