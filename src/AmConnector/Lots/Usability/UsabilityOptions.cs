using System.ComponentModel.DataAnnotations;

namespace AmConnector.Lots.Usability;

/// <summary><c>AmConnector:Usability</c>.</summary>
public sealed class UsabilityOptions
{
    /// <summary>A lot expiring within this many days is usable with a condition.</summary>
    [Range(0, 365)]
    public int ExpiryWarningDays { get; set; } = 30;

    /// <summary>The most lots one CheckUsability call may ask about.</summary>
    [Range(1, 5000)]
    public int MaxLotsPerCheck { get; set; } = 500;

    /// <summary>
    /// How many verdicts (lot and use) are kept until the next write or the next UTC day; 0 turns
    /// the answer cache off. About 1 KiB each.
    /// </summary>
    [Range(0, 1_000_000)]
    public int CachedAnswers { get; set; } = 20_000;
}
