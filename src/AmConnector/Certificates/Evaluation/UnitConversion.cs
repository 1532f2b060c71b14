namespace AmConnector.Certificates.Evaluation;

/// <summary>
/// The outcome of converting a value between two units: the converted value, or why the units
/// cannot be converted. A failed conversion is never read as a number, so it cannot pass by accident.
/// </summary>
internal readonly record struct UnitConversion
{
    private UnitConversion(bool isConverted, decimal value, string reason)
    {
        IsConverted = isConverted;
        Value = value;
        Reason = reason;
    }

    public bool IsConverted { get; }

    /// <summary>The value in the target unit; meaningful only when <see cref="IsConverted"/>.</summary>
    public decimal Value { get; }

    /// <summary>Why the units cannot be converted; empty when converted.</summary>
    public string Reason { get; }

    public static UnitConversion Converted(decimal value) => new(true, value, "");

    public static UnitConversion NotConvertible(string reason) => new(false, 0, reason);
}
