using AmConnector.BulkData;

namespace AmConnector.Server.Cli;

/// <summary>
/// The server's commands, one line each: its words, then the class that runs it. A new command is a
/// class implementing <see cref="ICliCommand"/> and one line here (e.g. <c>.Add("import coa", new ImportCoaCliCommand())</c>).
/// </summary>
internal static class CliCommands
{
    public static CliRouter Router { get; } = new CliRouter()
        .Add(HealthProbe.Command, new HealthCheckCommand())
        .Add("import suppliers", new ImportCommand(BulkEntityKind.Suppliers))
        .Add("import materials", new ImportCommand(BulkEntityKind.Materials))
        .Add("import lots", new ImportCommand(BulkEntityKind.Lots))
        .Add("import coa", new ImportCoaCliCommand())
        .Add("export suppliers", new ExportCommand(BulkEntityKind.Suppliers))
        .Add("export materials", new ExportCommand(BulkEntityKind.Materials))
        .Add("export lots", new ExportCommand(BulkEntityKind.Lots));

    /// <summary>The entry point's call: the real console, and Ctrl+C cancels (an import rolls back).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            cancel.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        try
        {
            return await Router.RunAsync(args, CliConsole.System, cancel.Token);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // An import's transaction was not committed: nothing of it is stored.
            await Console.Error.WriteLineAsync("Cancelled; nothing of the import was written.");
            return CliExitCode.Failed;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }
}
