namespace AmConnector.IntegrationTests.Hostile;

/// <summary>What one hostile case got, and every way in which that breaks the rules (empty when it passes).</summary>
public sealed record HostileOutcome(HostileCase Case, int Status, string Answer, IReadOnlyList<string> Failures)
{
    /// <summary>Kestrel refused the request before any middleware (no body can be written there); in-process never.</summary>
    public bool TransportRejection { get; init; }

    /// <summary>A row count changed although the write was refused.</summary>
    public bool RowViolation { get; init; }

    public bool Passed => Failures.Count == 0;

    public override string ToString() =>
        $"{Case.Name}: {Status} {Answer}" + (Passed ? "" : " — " + string.Join("; ", Failures));
}
