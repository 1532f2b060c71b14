namespace AmConnector.IntegrationTests.Hostile;

public static partial class HostileCases
{
    /// <summary>Cases that once got a 5xx or a non-problem answer: always in the fast subset, as regression tests.</summary>
    internal static IReadOnlySet<string> Regressions { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
    };
}
