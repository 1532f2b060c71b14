using AmConnector.Benchmarks;
using AmConnector.Benchmarks.Inbound;

// Load scenarios against AmConnector on this machine, each beside its bare ceiling in the same run.
//   dotnet run -c Release --project tests/AmConnector.Benchmarks -- inbound [--seconds 20] [--senders 32]
//   dotnet run -c Release --project tests/AmConnector.Benchmarks -- fanout [--seconds <rounds>]
var scenario = args.FirstOrDefault() ?? "help";
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
        Console.WriteLine("           fanout (P5: one event to 100 endpoints, commit-to-receipt p50/p99 beside one direct POST; --seconds = rounds).");
        Console.WriteLine("Options: --seconds N (default 20), --senders N (default 32), --warmup N seconds (default 3).");
        return scenario == "help" ? 0 : 1;
}
