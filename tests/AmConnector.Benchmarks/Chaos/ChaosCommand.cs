namespace AmConnector.Benchmarks.Chaos;

/// <summary>Entry of the crash harness (bench/chaos/run.sh): exit code 0 only when nothing was lost or doubled.</summary>
internal static class ChaosCommand
{
    public static async Task<int> RunAsync(string scenario, string[] args)
    {
        var ok = scenario switch
        {
            "chaos-inbound" => await InboundChaos.RunAsync(ChaosArguments.Parse(args, defaultEvents: 1000)),
            "chaos-outbound" => await OutboundChaos.RunAsync(ChaosArguments.Parse(args, defaultEvents: 200)),
            _ => throw new ArgumentException($"Unknown scenario {scenario}: chaos-inbound or chaos-outbound."),
        };
        Console.WriteLine(ok ? "PASS" : "FAIL");
        return ok ? 0 : 2;
    }
}
