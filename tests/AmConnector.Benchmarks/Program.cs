using AmConnector.Benchmarks;
using AmConnector.Benchmarks.Inbound;

// Load scenarios against AmConnector on this machine, each beside its bare ceiling in the same run.
//   dotnet run -c Release --project tests/AmConnector.Benchmarks -- inbound [--seconds 20] [--senders 32]
var scenario = args.FirstOrDefault() ?? "help";
var options = LoadArguments.Parse(args.Skip(1).ToArray());
switch (scenario)
{
    case "inbound":
        await InboundLoad.RunAsync(options);
        return 0;
    default:
        Console.WriteLine("Scenarios: inbound (P4: signed change notices, concurrent senders, durable accepts per second).");
        Console.WriteLine("Options: --seconds N (default 20), --senders N (default 32), --warmup N seconds (default 3).");
        return scenario == "help" ? 0 : 1;
}
