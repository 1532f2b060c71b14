using AmConnector.Client.Tests.Infrastructure;

namespace AmConnector.Client.Tests.PublicApi;

/// <summary>
/// The SDK's public API is recorded in src/AmConnector.Client/PublicAPI.txt; any change to it is a
/// reviewed diff there, because integrators compile against it.
/// </summary>
public sealed class PublicApiTests
{
    public const string UpdateVariable = "AMCONNECTOR_UPDATE_SNAPSHOTS";

    [Fact]
    public void The_public_API_matches_PublicAPI_txt()
    {
        var file = RepositoryRoot.Combine("src", "AmConnector.Client", "PublicAPI.txt");
        var live = PublicApiDescriber.Describe(typeof(AmConnectorClientOptions).Assembly);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(file, live);
            return;
        }

        var committed = File.Exists(file) ? File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal) : "";
        Assert.True(committed == live,
            $"The public API of AmConnector.Client differs from src/AmConnector.Client/PublicAPI.txt. If the change is intended, run " +
            $"`{UpdateVariable}=1 dotnet test tests/AmConnector.Client.Tests --filter PublicApiTests` and commit the updated file.\n" +
            Diff(committed, live));
    }

    private static string Diff(string committed, string live)
    {
        var before = committed.Split('\n').ToHashSet(StringComparer.Ordinal);
        var after = live.Split('\n').ToHashSet(StringComparer.Ordinal);
        return string.Join('\n', before.Except(after).Select(l => "- " + l).Concat(after.Except(before).Select(l => "+ " + l)).Take(40));
    }
}
