namespace AmConnector.Lots.Usability;

/// <summary>One reason behind a verdict: a stable code (contracts/usability-reasons.md) and a sentence for people.</summary>
public sealed class UsabilityReason
{
    public string Code { get; set; } = "";

    public string Message { get; set; } = "";

    /// <summary>True when the reason makes the lot NotUsable; false when it only adds a condition.</summary>
    public bool Blocking { get; set; }
}
