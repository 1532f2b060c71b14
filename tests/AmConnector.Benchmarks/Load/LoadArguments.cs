using System.Globalization;

namespace AmConnector.Benchmarks;

internal sealed record LoadArguments(int Seconds, int Senders, int Warmup, int Events)
{
    public static LoadArguments Parse(string[] args)
    {
        int Read(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        }

        return new LoadArguments(Read("--seconds", 20), Read("--senders", 32), Read("--warmup", 3), Read("--events", 1000));
    }
}
