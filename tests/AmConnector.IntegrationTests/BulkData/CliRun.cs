using AmConnector.Data;
using AmConnector.Server.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.BulkData;

/// <summary>
/// A fresh SQLite database in a temporary folder, and the server's real entry point (Program's Main)
/// called in-process with a command line, as <c>dotnet AmConnector.Server.dll import …</c> would be.
/// </summary>
public sealed class CliRun(bool demoData = false) : IAsyncDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("amconnector-cli-").FullName;

    /// <summary>What the command line adds so the run uses this folder's database (with the demo data only when asked).</summary>
    public string[] Configuration =>
    [
        $"--AmConnector:Database:SqliteFile={Path.Combine(Folder, "amconnector.db")}",
        $"--AmConnector:Auth:KeyFolder={Folder}",
        $"--AmConnector:Demo:Seed={(demoData ? "true" : "false")}",
        "--environment=Testing",
    ];

    public string File(string name) => Path.Combine(Folder, name);

    /// <summary>The process's exit code for <c>args</c> followed by <see cref="Configuration"/>.</summary>
    public Task<int> MainAsync(params string[] args)
    {
        // The compiler's synchronous Main around the top-level statements' async one: off the test's thread.
        var main = typeof(Program).Assembly.EntryPoint!;
        return Task.Run(() => (int)main.Invoke(null, [(string[])[.. args, .. Configuration]])!);
    }

    /// <summary>The CLI's own service provider on this folder's database, to look at what was stored.</summary>
    public async Task<(WebApplication App, AsyncServiceScope Scope, AmConnectorDbContext Db)> OpenAsync()
    {
        var app = await CliHost.BuildAsync(Configuration, CancellationToken.None);
        var scope = app.Services.CreateAsyncScope();
        return (app, scope, scope.ServiceProvider.GetRequiredService<AmConnectorDbContext>());
    }

    public static string Sample(string name) => Infrastructure.RepositoryRoot.Combine("samples", "import", name);

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned by the OS.
        }

        return ValueTask.CompletedTask;
    }
}
