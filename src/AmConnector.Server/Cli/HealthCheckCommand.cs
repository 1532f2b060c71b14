namespace AmConnector.Server.Cli;

/// <summary><c>healthcheck [url]</c>: the container's HEALTHCHECK (see <see cref="HealthProbe"/>).</summary>
internal sealed class HealthCheckCommand : ICliCommand
{
    public string Usage => "[url]";

    public IReadOnlyDictionary<string, CliOption> Options { get; } = new Dictionary<string, CliOption>();

    public Task<int> RunAsync(CliArguments arguments, CliConsole console, CancellationToken cancellationToken) =>
        HealthProbe.RunAsync([HealthProbe.Command, .. arguments.Positional]);
}
