using System.Text.RegularExpressions;
using AmConnector.IntegrationTests.Infrastructure;

namespace AmConnector.IntegrationTests.Hosting;

/// <summary>
/// There is no Docker engine on the build machines, so the Dockerfile is checked for what can go
/// wrong without one: a COPY of a path that does not exist, a publish command that fails, a
/// container that runs as root or has no health check.
/// </summary>
[Collection(DotnetCli.Collection)]
public sealed partial class DockerfileTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepositoryRoot.Combine("Dockerfile"));

    [Fact]
    public void Every_path_the_Dockerfile_copies_from_the_build_context_exists()
    {
        var sources = Lines.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from=", StringComparison.Ordinal))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1])
            .ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.True(
            File.Exists(RepositoryRoot.Combine(source)) || Directory.Exists(RepositoryRoot.Combine(source.TrimEnd('/'))),
            $"The Dockerfile copies '{source}', which is not in the repository."));
    }

    [Fact]
    public void The_runtime_stage_runs_as_a_non_root_user_with_a_readiness_health_check_and_a_data_volume()
    {
        var runtime = Lines.SkipWhile(l => !l.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(runtime);
        Assert.Contains(runtime, l => l.StartsWith("USER ", StringComparison.Ordinal) && !l.Contains("root", StringComparison.Ordinal) && l.Trim() != "USER 0");
        Assert.Contains(runtime, l => l.StartsWith("HEALTHCHECK", StringComparison.Ordinal) && string.Join(' ', runtime).Contains("/health/ready", StringComparison.Ordinal));
        Assert.Contains(runtime, l => l.StartsWith("VOLUME /app/data", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_publish_command_of_the_build_stage_succeeds_here()
    {
        var run = Lines.Single(l => l.StartsWith("RUN dotnet publish", StringComparison.Ordinal));
        var output = Directory.CreateTempSubdirectory("amconnector-publish-").FullName;
        try
        {
            // The same command, with the output redirected from the image path to a temp folder.
            var arguments = OutputOption().Replace(run["RUN dotnet ".Length..], $"-o \"{output}\"");
            var (exitCode, log) = await DotnetCli.RunAsync(arguments);

            Assert.True(exitCode == 0, $"dotnet {arguments} failed:\n{log}");
            Assert.True(File.Exists(Path.Combine(output, "AmConnector.Server.dll")));
            Assert.True(File.Exists(Path.Combine(output, "appsettings.json")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task The_health_probe_of_the_image_fails_when_the_server_does_not_answer()
    {
        // Port 9 (discard) on loopback is closed here: the probe must say unhealthy, not hang or throw.
        Assert.Equal(1, await AmConnector.Server.HealthProbe.RunAsync(["healthcheck", "http://127.0.0.1:9/health/ready"]));
    }

    [GeneratedRegex(@"-o\s+\S+")]
    private static partial Regex OutputOption();
}
