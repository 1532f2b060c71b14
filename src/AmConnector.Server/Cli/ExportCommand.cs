using AmConnector.BulkData;

namespace AmConnector.Server.Cli;

/// <summary><c>export suppliers|materials|lots &lt;file.csv&gt;</c>: the front of <see cref="IBulkExporter"/>; the file is replaced.</summary>
internal sealed class ExportCommand(BulkEntityKind kind) : ICliCommand
{
    public string Usage => "<file.csv>";

    public IReadOnlyDictionary<string, CliOption> Options { get; } = new Dictionary<string, CliOption>();

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var file = arguments.Positional is [var single] ? Path.GetFullPath(single) : throw new CliUsageException("Name one CSV file.");
        await using var app = await CliHost.BuildAsync(arguments.Configuration, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        int count;
        await using (var output = File.Create(file))
        {
            count = await scope.ServiceProvider.GetRequiredService<IBulkExporter>().ExportAsync(kind, output, cancellationToken);
        }

        await console.Out.WriteLineAsync($"{count} {kind.ToString().ToLowerInvariant()} exported to {file}.");
        return CliExitCode.Ok;
    }
}
