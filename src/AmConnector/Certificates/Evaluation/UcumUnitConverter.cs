using Fhir.Metrics;

namespace AmConnector.Certificates.Evaluation;

/// <summary>
/// Converts a value between UCUM units with Fhir.Metrics (domain.md §5.2): no conversion table of
/// our own, only the library's UCUM essence.
/// </summary>
/// <remarks>
/// <para>
/// Both units are read by <see cref="UcumUnitExpression"/> (what is accepted is documented there).
/// Identical units never go through the library, so a special unit it cannot convert (<c>[pH]</c>,
/// <c>Cel</c>) still compares with itself. Otherwise both are canonicalised by Fhir.Metrics and
/// converted only when their canonical units agree — checked here, because the library's own
/// conversion skips the dimension check for some expressions.
/// </para>
/// <para>
/// Refused, with a reason: unknown atoms; incommensurable units (<c>mg</c> and <c>mL</c>);
/// different annotations or arbitrary units (<c>{EU}/mL</c> and <c>/mL</c>, <c>[iU]/mg</c> and
/// <c>[CFU]/mg</c>), which UCUM treats as unity but which are not the same quantity; a value without
/// a unit against a unit other than <c>1</c> (a bare "98" is not read as 98 % or as 0.98);
/// special units between different codes (<c>Cel</c> to <c>K</c>).
/// </para>
/// </remarks>
internal static class UcumUnitConverter
{
    private const string UcumSystem = "http://unitsofmeasure.org";

    // Loaded once: reading the UCUM essence takes milliseconds; parsing with it is read-only.
    private static readonly Lazy<SystemOfUnits> Units = new(UCUM.Load);

    public static UnitConversion Convert(decimal value, string? fromUnit, string? toUnit)
    {
        if (!UcumUnitExpression.TryParse(fromUnit, IsKnownAtom, out var from, out var fromError))
        {
            return UnitConversion.NotConvertible(fromError);
        }

        if (!UcumUnitExpression.TryParse(toUnit, IsKnownAtom, out var to, out var toError))
        {
            return UnitConversion.NotConvertible(toError);
        }

        if (string.Equals(from.Code, to.Code, StringComparison.Ordinal) || (from.IsUnitless && to.IsUnitless))
        {
            return UnitConversion.Converted(value);
        }

        if (from.IsUnitless || to.IsUnitless)
        {
            return UnitConversion.NotConvertible(
                $"a value {Describe(from)} cannot be compared with one {Describe(to)}");
        }

        if (!from.Labels.SequenceEqual(to.Labels, StringComparer.Ordinal))
        {
            return UnitConversion.NotConvertible(
                $"'{from.Written}' and '{to.Written}' count different things ({Labels(from)} vs {Labels(to)}); annotations and arbitrary units only convert to themselves");
        }

        if (!TryCanonical(value, from, out var canonicalFrom) || !TryCanonical(1m, to, out var canonicalTo))
        {
            return UnitConversion.NotConvertible($"the UCUM library cannot convert '{from.Written}' to '{to.Written}'");
        }

        if (!string.Equals(canonicalFrom.Unit, canonicalTo.Unit, StringComparison.Ordinal) || canonicalTo.Value == 0)
        {
            return UnitConversion.NotConvertible(
                $"'{from.Written}' and '{to.Written}' are incommensurable (base units {Base(canonicalFrom.Unit)} vs {Base(canonicalTo.Unit)})");
        }

        // Canonical values are decimals (Fhir.Metrics keeps a decimal significand), so prefix
        // and metric conversions such as mg/dL → g/L come out exact.
        return UnitConversion.Converted(canonicalFrom.Value / canonicalTo.Value);
    }

    private static bool IsKnownAtom(string atom)
    {
        try
        {
            Units.Value.Metric(atom);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool TryCanonical(decimal value, UcumUnitExpression unit, out (decimal Value, string Unit) canonical)
    {
        canonical = default;
        try
        {
            if (!FhirMetricService.Instance.Value.TryCanonicalize((value, unit.LibraryCode, UcumSystem), out var result) || result is not { } found)
            {
                return false;
            }

            // Unity canonicalises to "1" or to "" depending on the path; they are the same dimension.
            canonical = (found.Item1, found.Item2 is "1" ? "" : found.Item2);
            return true;
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentException or InvalidOperationException or NotImplementedException)
        {
            // Huge prefixes overflow decimal inside the library; treat as not convertible, never as a value.
            return false;
        }
    }

    private static string Describe(UcumUnitExpression unit) => unit.IsUnitless ? "without a unit" : $"in '{unit.Written}'";

    private static string Labels(UcumUnitExpression unit) => unit.Labels.Count == 0 ? "none" : string.Join(" ", unit.Labels);

    private static string Base(string unit) => unit.Length == 0 ? "1" : unit;
}
