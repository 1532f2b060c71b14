namespace AmConnector.Certificates.Evaluation;

/// <summary>One specification applied to one CoA line.</summary>
/// <param name="Name">Whose specification and what it says, e.g. "supplier specification ≤ 10 [EU]/mL".</param>
/// <param name="Passed">Whether the line meets it.</param>
/// <param name="NeedsReview">
/// Failed because no rule can judge it (free text, no bounds), not because the result is out of it.
/// </param>
/// <param name="Finding">What was found, e.g. "8 [EU]/mL is above the upper limit".</param>
internal sealed record SpecificationCheck(string Name, bool Passed, bool NeedsReview, string Finding)
{
    public override string ToString() => $"{Name}: {Finding}";
}
