namespace AmConnector.Server.Cli;

/// <summary>
/// <c>import coa &lt;file.xml&gt; --supplier &lt;code&gt;</c> on the server's command line: builds the server's
/// services (database initialised, no hosted services) and hands over to <see cref="ImportCoaCommand"/>.
/// </summary>
internal sealed class ImportCoaCliCommand : ICliCommand
{
    private const string Supplier = "--supplier";

    public string Usage => $"<file.xml> {Supplier} <code>";

    public IReadOnlyDictionary<string, CliOption> Options { get; } = new Dictionary<string, CliOption>
    {
        [Supplier] = CliOption.Value,
    };

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        if (arguments.Positional is not [var file] || arguments.Value(Supplier) is not { } supplier)
        {
            throw new CliUsageException("Name one ASTM E3077 XML file and the supplier (--supplier <code>).");
        }

        await using var app = await CliHost.BuildAsync(arguments.Configuration, cancellationToken);
        return await ImportCoaCommand.RunAsync(app.Services, [Path.GetFullPath(file), Supplier, supplier], console.Out, cancellationToken);
    }
}
