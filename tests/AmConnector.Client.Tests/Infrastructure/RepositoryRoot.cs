namespace AmConnector.Client.Tests.Infrastructure;

/// <summary>The checkout's root (the folder that holds <c>AmConnector.sln</c>).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "AmConnector.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No AmConnector.sln above {AppContext.BaseDirectory}.");
    }
}
