using AmConnector.Server.Cli;

namespace AmConnector.IntegrationTests.BulkData;

/// <summary>The command router: one line registers a command; the longest matching words win.</summary>
public sealed class CliRouterTests
{
    [Fact]
    public async Task A_command_registered_by_one_line_runs_beside_one_that_shares_its_first_word()
    {
        var coa = new Recorder();
        var router = new CliRouter().Add("import lots", new Recorder()).Add("import coa", coa);

        var exit = await router.RunAsync(["import", "coa", "a.xml", "--AmConnector:Database:Provider", "SqlServer", "--dry"], Quiet(), default);

        Assert.Equal(0, exit);
        Assert.Equal(["a.xml"], coa.Arguments!.Positional);
        Assert.True(coa.Arguments.Has("--dry"));
        Assert.Equal(["--AmConnector:Database:Provider", "SqlServer"], coa.Arguments.Configuration);
    }

    [Fact]
    public async Task An_unknown_kind_after_a_known_verb_is_a_usage_error()
    {
        var router = new CliRouter().Add("import lots", new Recorder());

        Assert.True(router.Handles(["import", "widgets"]));
        Assert.Equal(2, await router.RunAsync(["import", "widgets", "x.csv"], Quiet(), default));
    }

    [Fact]
    public void A_first_argument_that_is_no_command_starts_the_server() =>
        Assert.False(CliCommands.Router.Handles(["--urls", "http://localhost:5080"]));

    private static CliConsole Quiet() => new(TextWriter.Null, TextWriter.Null, Interactive: false);

    private sealed class Recorder : ICliCommand
    {
        public CliArguments? Arguments { get; private set; }

        public string Usage => "<file>";

        public IReadOnlyDictionary<string, CliOption> Options { get; } = new Dictionary<string, CliOption> { ["--dry"] = CliOption.Switch };

        public Task<int> RunAsync(CliArguments arguments, CliConsole console, CancellationToken cancellationToken)
        {
            Arguments = arguments;
            return Task.FromResult(0);
        }
    }
}
