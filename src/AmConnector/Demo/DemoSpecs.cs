using System.Globalization;
using AmConnector.Certificates;

namespace AmConnector.Demo;

/// <summary>
/// Typed specifications (domain.md §5.2) with the wording a document would print, so the
/// text and the bounds can never disagree in the demo.
/// </summary>
internal static class DemoSpecs
{
    public static SpecificationLimit AtMost(decimal upper, string unit) =>
        Numeric(null, upper, true, unit, $"≤ {Number(upper)} {Display(unit)}");

    public static SpecificationLimit LessThan(decimal upper, string unit) =>
        Numeric(null, upper, false, unit, $"< {Number(upper)} {Display(unit)}");

    public static SpecificationLimit AtLeast(decimal lower, string unit) =>
        Numeric(lower, null, true, unit, $"≥ {Number(lower)} {Display(unit)}");

    public static SpecificationLimit Between(decimal lower, decimal upper, string unit) =>
        Numeric(lower, upper, true, unit, unit == "[pH]"
            ? $"pH {Number(lower)}–{Number(upper)}"
            : $"{Number(lower)}–{Number(upper)} {Display(unit)}");

    public static SpecificationLimit Expect(QualitativeOutcome outcome) => new()
    {
        Kind = SpecificationKind.Qualitative,
        Expected = outcome,
        Text = Words(outcome),
    };

    public static string Words(QualitativeOutcome outcome) => outcome switch
    {
        QualitativeOutcome.NotDetected => "Not detected",
        _ => outcome.ToString(),
    };

    /// <summary>Invariant, so a seed on a German or French server prints the same numbers.</summary>
    public static string Number(decimal value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    /// <summary>UCUM code → what a CoA prints (<c>[EU]/mL</c> → <c>EU/mL</c>).</summary>
    public static string Display(string unit) => unit switch
    {
        "[pH]" => "",
        "mosm/kg" => "mOsm/kg",
        "10*6/mL" => "× 10⁶/mL",
        "10*6{TU}/mL" => "× 10⁶ TU/mL",
        _ => unit.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal)
            .Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal)
            .Replace("/ug", "/µg", StringComparison.Ordinal),
    };

    private static SpecificationLimit Numeric(decimal? lower, decimal? upper, bool upperInclusive, string unit, string text) => new()
    {
        Kind = SpecificationKind.Numeric,
        Lower = lower,
        LowerInclusive = true,
        Upper = upper,
        UpperInclusive = upperInclusive,
        Unit = unit,
        Text = text.TrimEnd(),
    };
}
