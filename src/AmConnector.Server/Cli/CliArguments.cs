namespace AmConnector.Server.Cli;

/// <summary>
/// A command's arguments: positional values, its own options, and everything else that starts with
/// <c>--</c> (with its value), which is handed to configuration exactly as the server takes its
/// command line, so <c>--AmConnector:Database:Provider SqlServer</c> works for every command.
/// </summary>
internal sealed class CliArguments
{
    public List<string> Positional { get; } = [];

    public Dictionary<string, string?> Options { get; } = new(StringComparer.Ordinal);

    public List<string> Configuration { get; } = [];

    public bool Has(string option) => Options.ContainsKey(option);

    public string? Value(string option) => Options.GetValueOrDefault(option);

    public static CliArguments Parse(IReadOnlyList<string> args, IReadOnlyDictionary<string, CliOption> known)
    {
        var parsed = new CliArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (known.TryGetValue(arg, out var option))
            {
                var value = option == CliOption.Value ? i + 1 < args.Count ? args[++i] : throw new CliUsageException($"{arg} needs a value.") : null;
                parsed.Options[arg] = value;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Configuration.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count)
                {
                    parsed.Configuration.Add(args[++i]);
                }
            }
            else
            {
                parsed.Positional.Add(arg);
            }
        }

        return parsed;
    }
}
