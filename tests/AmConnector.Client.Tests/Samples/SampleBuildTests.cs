using System.Diagnostics;
using AmConnector.Client.Tests.Infrastructure;

namespace AmConnector.Client.Tests.Samples;

/// <summary>The samples are not in the solution (they stand alone for integrators to copy), so this keeps them compiling against the SDK.</summary>
public sealed class SampleBuildTests
{
    [Theory]
    [InlineData("LimsLookup")]
    [InlineData("WebhookReceiver")]
    [InlineData("SupplierPublisher")]
    public async Task The_sample_builds(string name)
    {
        var start = new ProcessStartInfo("dotnet", ["build", Path.Combine("samples", name), "--nologo", "-v", "q", "-nodeReuse:false"])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Build servers would outlive the test; the SDK is already built, so the build is incremental.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"dotnet build samples/{name} exited {process.ExitCode}:\n{await output}\n{await errors}");
    }
}
