namespace AmConnector.Materials;

/// <summary>
/// USP &lt;1043&gt; risk tier of a material (domain.md §5.1): the derived tier with the rule that
/// fired, and QA's override with its reason. <see cref="Effective"/> is what every rule uses.
/// </summary>
public sealed class UspTierAssessment
{
    public int? Derived { get; set; }

    /// <summary>The rule that decided <see cref="Derived"/>, in words.</summary>
    public string? Rule { get; set; }

    public int? Override { get; set; }

    public string? OverrideReason { get; set; }

    /// <summary><see cref="Override"/> when set, else <see cref="Derived"/>.</summary>
    public int? Effective { get; set; }
}
