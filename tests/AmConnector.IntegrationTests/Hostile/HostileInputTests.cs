namespace AmConnector.IntegrationTests.Hostile;

/// <summary>
/// The fast subset of the hostile-input cases (issue #10, item 7), in one in-process host; the full
/// set runs in the harness (<c>bench/hostile/run.sh</c>). Each row is one named case.
/// </summary>
public sealed class HostileInputTests(HostileFactory factory) : IClassFixture<HostileFactory>
{
    public static TheoryData<string> FastCases => new(HostileCases.Fast().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(FastCases))]
    public async Task A_hostile_request_gets_no_server_error_a_conformant_refusal_and_changes_no_row(string name)
    {
        var hostile = HostileCases.Named(name);

        var outcome = await factory.Runner.RunAsync(hostile, await factory.ContextAsync());

        Assert.True(outcome.Passed, outcome.ToString());
    }

    [Fact]
    public void The_fast_subset_samples_every_family_of_the_full_set()
    {
        var all = HostileCases.All;
        var fast = HostileCases.Fast();

        Assert.True(all.Count >= 2000, $"{all.Count} cases in the full set");
        Assert.True(fast.Count >= 300, $"{fast.Count} cases in the fast subset");
        Assert.All(HostileCases.Families, family => Assert.Contains(fast, c => c.Family == family));
        Assert.All(fast, c => Assert.Same(c, HostileCases.Named(c.Name)));
        Assert.All(HostileCases.Regressions, name => Assert.Contains(fast, c => c.Name == name));
        Assert.Equal(all.Select(c => c.Name), HostileCases.All.Select(c => c.Name));
    }
}
