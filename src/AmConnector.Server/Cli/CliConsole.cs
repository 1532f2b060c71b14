namespace AmConnector.Server.Cli;

/// <summary>
/// Where a command writes: results to <see cref="Out"/>, progress and problems to <see cref="Error"/>.
/// <see cref="Interactive"/> is false when stderr is redirected (CI logs): plain lines instead of a live progress bar.
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool Interactive)
{
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsErrorRedirected);
}
