using System.Globalization;

namespace AmConnector.Benchmarks.Chaos;

/// <summary>
/// Arguments of the crash harness: <c>--server DLL --events N --senders N --kills N --endpoints N --seed N --deadline SECONDS
/// --acknowledge OnApply|OnStore</c> (when R1's server answers suppliers' events, ADR-020).
/// </summary>
internal sealed record ChaosArguments(string ServerDll, int Events, int Senders, int Kills, int Endpoints, int Seed, int DeadlineSeconds, string Acknowledge = "OnApply")
{
    public static ChaosArguments Parse(string[] args, int defaultEvents)
    {
        string? Value(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        var server = Value("--server") ?? throw new ArgumentException("--server <path of AmConnector.Server.dll> is required.");
        return new ChaosArguments(server, Number("--events", defaultEvents), Number("--senders", 8), Number("--kills", 3),
            Number("--endpoints", 3), Number("--seed", Environment.TickCount), Number("--deadline", 300), Value("--acknowledge") ?? "OnApply");
    }
}
