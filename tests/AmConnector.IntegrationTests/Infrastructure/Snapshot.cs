namespace AmConnector.IntegrationTests.Infrastructure;

/// <summary>
/// Compares a live document with its committed snapshot. Setting <see cref="UpdateVariable"/> to 1
/// rewrites the snapshot instead, so a deliberate contract change is one command and one reviewed diff.
/// </summary>
public static class Snapshot
{
    public const string UpdateVariable = "AMCONNECTOR_UPDATE_SNAPSHOTS";

    public static void Matches(string relativePath, string live)
    {
        var file = RepositoryRoot.Combine(relativePath.Split('/'));
        live = Normalise(live);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
            File.WriteAllText(file, live);
            return;
        }

        var committed = File.Exists(file) ? Normalise(File.ReadAllText(file)) : null;
        Assert.True(committed == live,
            $"The live document differs from the committed snapshot {relativePath}. If the change is intended, run " +
            $"`{UpdateVariable}=1 dotnet test` and commit the updated file; integrators' code depends on it.");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}
