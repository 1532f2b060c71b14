namespace AmConnector.Server.Cli;

/// <summary>
/// Finds the command whose words begin the command line (the longest match, so <c>import coa</c>
/// and <c>import lots</c> live side by side), parses the rest and runs it. Anything that does not
/// start with a command's first word is not a command: the server starts.
/// </summary>
internal sealed class CliRouter
{
    private readonly List<(string[] Words, ICliCommand Command)> _commands = [];

    public CliRouter Add(string words, ICliCommand command)
    {
        _commands.Add((words.Split(' ', StringSplitOptions.RemoveEmptyEntries), command));
        return this;
    }

    public bool Handles(IReadOnlyList<string> args) => args.Count > 0 && _commands.Any(c => c.Words[0] == args[0]);

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var match = _commands
            .Where(c => c.Words.Length <= args.Count && c.Words.SequenceEqual(args.Take(c.Words.Length), StringComparer.Ordinal))
            .OrderByDescending(c => c.Words.Length)
            .FirstOrDefault();
        if (match.Command is null)
        {
            await console.Error.WriteLineAsync($"Unknown command '{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')))}'.");
            await WriteUsageAsync(console.Error, args.Count > 0 ? args[0] : null);
            return CliExitCode.Usage;
        }

        try
        {
            var arguments = CliArguments.Parse([.. args.Skip(match.Words.Length)], match.Command.Options);
            return await match.Command.RunAsync(arguments, console, cancellationToken);
        }
        catch (CliUsageException ex)
        {
            await console.Error.WriteLineAsync(ex.Message);
            await console.Error.WriteLineAsync($"Usage: {string.Join(' ', match.Words)} {match.Command.Usage}");
            return CliExitCode.Usage;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            // The same configuration checks as the server's start, said as plainly.
            await console.Error.WriteLineAsync($"The configuration is not valid: {ex.Message}");
            return CliExitCode.Usage;
        }
    }

    /// <summary>The usage of every command, or of those that start with <paramref name="first"/>.</summary>
    public async Task WriteUsageAsync(TextWriter writer, string? first)
    {
        foreach (var (words, command) in _commands.Where(c => first is null || c.Words[0] == first || !_commands.Any(d => d.Words[0] == first)))
        {
            await writer.WriteLineAsync($"  {string.Join(' ', words)} {command.Usage}");
        }
    }
}
