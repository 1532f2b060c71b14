using AmConnector.BulkData;
using Spectre.Console;

namespace AmConnector.Server.Cli;

/// <summary>
/// A live progress bar on stderr when it is a terminal (validating by bytes, writing by rows);
/// one plain line per finished phase when stderr is redirected, so CI logs stay readable.
/// </summary>
internal static class ImportProgress
{
    public static async Task<BulkImportResult> RunAsync(CliConsole console, Func<IProgress<BulkProgress>, Task<BulkImportResult>> import)
    {
        if (!console.Interactive)
        {
            var result = await import(new Reporter(_ => { }));
            await console.Error.WriteLineAsync($"validated {result.Read} rows; {(result.Written ? $"wrote {result.Imported}" : "wrote nothing")}.");
            return result;
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        return await terminal.Progress().AutoClear(false).StartAsync(async context =>
        {
            var validating = context.AddTask("Validating", maxValue: 1);
            var writing = context.AddTask("Writing", autoStart: false, maxValue: 1);
            var result = await import(new Reporter(p =>
            {
                var task = p.Phase == BulkPhase.Validating ? validating : writing;
                task.StartTask();
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Total == 0 ? 0 : p.Done;
            }));
            validating.Value = validating.MaxValue;
            writing.Value = writing.MaxValue;
            return result;
        });
    }

    /// <summary>Reports on the importer's own thread: <see cref="Progress{T}"/> would post to the thread pool, out of order.</summary>
    private sealed class Reporter(Action<BulkProgress> report) : IProgress<BulkProgress>
    {
        public void Report(BulkProgress value) => report(value);
    }
}
