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
}
