using System.Diagnostics;
using AmConnector.IntegrationTests.Infrastructure;

namespace AmConnector.IntegrationTests.Hosting;

/// <summary>
/// Runs the dotnet CLI on the repository, as a person would. Tests that do are one xunit collection,
/// so two of them never restore the same project (its obj/project.assets.json) at once.
/// </summary>
public static class DotnetCli
{
    public const string Collection = "dotnet CLI";

    public static async Task<(int ExitCode, string Output)> RunAsync(string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Build servers would outlive the test.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + "\n" + await errors);
    }
}
