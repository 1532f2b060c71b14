using AmConnector.BulkData;

namespace AmConnector.Server.Cli;

/// <summary>
/// <c>import suppliers|materials|lots &lt;file.csv&gt; [--skip-invalid] [--report &lt;rejected.csv&gt;]</c>:
/// the front of <see cref="IBulkImporter"/>. Rejected rows go to the report (next to the input by
/// default) and the first of them to the console.
/// </summary>
internal sealed class ImportCommand(BulkEntityKind kind) : ICliCommand
{
    private const string SkipInvalid = "--skip-invalid";
    private const string Report = "--report";
    private const int ShownRejections = 10;

    public string Usage => $"<file.csv> [{SkipInvalid}] [{Report} <rejected.csv>]";

    public IReadOnlyDictionary<string, CliOption> Options { get; } = new Dictionary<string, CliOption>
    {
        [SkipInvalid] = CliOption.Switch,
        [Report] = CliOption.Value,
    };

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var file = arguments.Positional is [var single] ? Path.GetFullPath(single) : throw new CliUsageException("Name one CSV file.");
        if (!File.Exists(file))
        {
            throw new CliUsageException($"{file} does not exist.");
        }

        var reportPath = Path.GetFullPath(arguments.Value(Report) ?? Path.ChangeExtension(file, ".rejected.csv"));
        await using var app = await CliHost.BuildAsync(arguments.Configuration, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<IBulkImporter>();
        var options = new BulkImportOptions
        {
            FileName = Path.GetFileName(file),
            SkipInvalid = arguments.Has(SkipInvalid),
            Actor = $"cli:import:{Environment.UserName}",
        };

        BulkImportResult result;
        try
        {
            await using var input = File.OpenRead(file);
            result = await ImportProgress.RunAsync(console, progress => importer.ImportAsync(kind, input, options, progress, cancellationToken));
        }
        catch (BulkDataException ex)
        {
            await console.Error.WriteLineAsync($"Nothing imported: {ex.Message}");
            return CliExitCode.Usage;
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException ex)
        {
            // E.g. another writer stored one of the keys after validation: the unique index refuses it, the transaction rolls back.
            await console.Error.WriteLineAsync($"Nothing imported: the database refused the write and it was rolled back: {ex.GetBaseException().Message}");
            return CliExitCode.Failed;
        }

        await console.Out.WriteLineAsync(
            $"{result.FileName} (SHA-256 {result.Sha256}): {result.Read} {kind.ToString().ToLowerInvariant()} read, {result.Imported} imported, {result.Rejected} rejected.");
        if (result.Rejections.Count == 0)
        {
            return CliExitCode.Ok;
        }

        await using (var report = File.Create(reportPath))
        {
            await BulkRejectionReport.WriteAsync(result.Rejections, report, cancellationToken);
        }

        foreach (var r in result.Rejections.Take(ShownRejections))
        {
            await console.Out.WriteLineAsync($"  line {r.Line} {r.Key}: {r.Field} {r.Reason}");
        }

        await console.Out.WriteLineAsync(result.Written
            ? $"The valid rows were written; every rejection is in {reportPath}."
            : $"Nothing was written. Every rejection is in {reportPath}; correct the file, or import the valid rows with {SkipInvalid}.");
        return result.Written ? CliExitCode.Ok : CliExitCode.Rejected;
    }
}
