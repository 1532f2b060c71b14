namespace AmConnector.IntegrationTests.Hostile;

/// <summary>
/// One hostile request, named by family, target and variant (<c>family/target/variant</c>), with the
/// class of answer it must get. Built lazily from a <see cref="HostileContext"/>: signatures need the
/// run's secret and clock, keys need ids that exist. Shared by the fast xunit subset and the full
/// harness in AmConnector.Benchmarks (linked source), so both run the very same cases.
/// </summary>
public sealed record HostileCase(string Family, string Target, string Variant, HostileExpect Expect, Func<HostileContext, HostileRequest> Build)
{
    public string Name => $"{Family}/{Target}/{Variant}";

    /// <summary>For <see cref="HostileExpect.Replay"/>: the request sent again (same ids); null repeats <see cref="Build"/>.</summary>
    public Func<HostileContext, HostileRequest>? Repeat { get; init; }

    public override string ToString() => Name;
}
