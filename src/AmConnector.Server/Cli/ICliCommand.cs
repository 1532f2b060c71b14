namespace AmConnector.Server.Cli;

/// <summary>One command of the server's command line (see <see cref="CliCommands"/>).</summary>
internal interface ICliCommand
{
    /// <summary>What follows the command's words, for the usage text, e.g. <c>&lt;file.csv&gt; [--skip-invalid]</c>.</summary>
    string Usage { get; }

    /// <summary>The command's own options: a name with a value (<c>--report</c>) or a switch (<c>--skip-invalid</c>).</summary>
    IReadOnlyDictionary<string, CliOption> Options { get; }

    Task<int> RunAsync(CliArguments arguments, CliConsole console, CancellationToken cancellationToken);
}
