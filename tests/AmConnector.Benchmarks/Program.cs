using AmConnector.Benchmarks;
using AmConnector.Benchmarks.Inbound;

// Load scenarios against AmConnector on this machine, each beside its bare ceiling in the same run.
//   dotnet run -c Release --project tests/AmConnector.Benchmarks -- inbound [--seconds 20] [--senders 32]
//   dotnet run -c Release --project tests/AmConnector.Benchmarks -- fanout [--seconds <rounds>]
// Micro-benchmarks of the hot code (BenchmarkDotNet; its own arguments follow). --inProcess skips
// BenchmarkDotNet's rebuild of this project, which overran its 2-minute build timeout on a busy 2-core VM:
//   dotnet run -c Release --project tests/AmConnector.Benchmarks -- micro --filter '*' --job short --inProcess
// Crash harness (bench/chaos/run.sh builds the server and runs both):
//   dotnet tests/AmConnector.Benchmarks/bin/Release/net10.0/AmConnector.Benchmarks.dll chaos-inbound|chaos-outbound --server <AmConnector.Server.dll>
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

var options = LoadArguments.Parse(args.Skip(1).ToArray());
switch (scenario)
{
    case "inbound":
        await InboundLoad.RunAsync(options);
        return 0;
    case "fanout":
        await AmConnector.Benchmarks.Outbound.FanOutLoad.RunAsync(endpoints: 100, rounds: Math.Max(5, options.Seconds));
        return 0;
    default:
        Console.WriteLine("Scenarios: inbound (P4: signed change notices, concurrent senders, durable accepts per second);");
        Console.WriteLine("           fanout (P5: one event to 100 endpoints, commit-to-receipt p50/p99 beside one direct POST; --seconds = rounds);");
        Console.WriteLine("           micro [BenchmarkDotNet arguments] (signature, CoA, usability, outbox micro-benchmarks);");
        Console.WriteLine("           chaos-inbound | chaos-outbound --server <dll> (crash harness R1/R2, see bench/chaos/README.md).");
        Console.WriteLine("Options: --seconds N (default 20), --senders N (default 32), --warmup N seconds (default 3).");
        return scenario == "help" ? 0 : 1;
}
