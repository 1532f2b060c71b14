namespace AmConnector.IntegrationTests.Hosting;

/// <summary>
/// The sample that mounts the plugin in a foreign host is not in the solution (integrators copy it),
/// so this keeps it compiling against the plugin. EmbeddingTests proves the same composition runs.
/// </summary>
[Collection(DotnetCli.Collection)]
public sealed class EmbeddedInHostSampleTests
{
    [Fact]
    public async Task The_embedded_host_sample_builds()
    {
        var (exitCode, output) = await DotnetCli.RunAsync("build samples/EmbeddedInHost --nologo -v q -nodeReuse:false");

        Assert.True(exitCode == 0, $"dotnet build samples/EmbeddedInHost exited {exitCode}:\n{output}");
    }
}
