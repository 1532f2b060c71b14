using System.Collections.Concurrent;
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

    // Fhir.Metrics canonicalises by searching its conversions, about 7 ms and 1 MB a call (measured
    // with the micro-benchmarks: a 30-line CoA took over 100 ms). A unit's canonical factor never
    // changes, so it is found once per unit and kept; only units the probe shows to be linear are
    // kept (special units such as Cel go to the library every time, as before). Bounded, because
    // units come from suppliers' documents.
    private const int MaxCachedUnits = 2048;
    private static readonly ConcurrentDictionary<string, LinearUnit?> CanonicalFactors = new(StringComparer.Ordinal);

    // Reading a unit asks the library about each atom (tens of microseconds and kilobytes a unit);
    // the reading of a written unit never changes, so it is kept too, bounded the same way.
    private static readonly ConcurrentDictionary<string, ParsedUnit> ParsedUnits = new(StringComparer.Ordinal);

    public static UnitConversion Convert(decimal value, string? fromUnit, string? toUnit)
    {
        var parsedFrom = Parse(fromUnit);
        if (parsedFrom.Expression is not { } from)
        {
            return UnitConversion.NotConvertible(parsedFrom.Error!);
        }

        var parsedTo = Parse(toUnit);
        if (parsedTo.Expression is not { } to)
        {
            return UnitConversion.NotConvertible(parsedTo.Error!);
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

    private static ParsedUnit Parse(string? written)
    {
        if (written is null || !ParsedUnits.TryGetValue(written, out var parsed))
        {
            parsed = UcumUnitExpression.TryParse(written, IsKnownAtom, out var expression, out var error)
                ? new ParsedUnit(expression, null)
                : new ParsedUnit(null, error);
            if (written is not null && ParsedUnits.Count < MaxCachedUnits)
            {
                ParsedUnits.TryAdd(written, parsed);
            }
        }

        return parsed;
    }

    /// <summary>
    /// Reads a unit as <see cref="UcumUnitExpression"/> does and gives its normalised UCUM code
    /// (<c>EU/mL</c> → <c>[EU]/mL</c>), or the reason it is not one; empty for no unit.
    /// </summary>
    public static bool TryNormalise(string? written, out string code, out string error)
    {
        var read = UcumUnitExpression.TryParse(written, IsKnownAtom, out var expression, out error);
        code = read ? expression.Code : "";
        return read;
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
        if (!CanonicalFactors.TryGetValue(unit.LibraryCode, out var linear))
        {
            linear = ProbeLinear(unit.LibraryCode);
            if (CanonicalFactors.Count < MaxCachedUnits)
            {
                CanonicalFactors.TryAdd(unit.LibraryCode, linear);
            }
        }

        if (linear is null)
        {
            return TryCanonicalInLibrary(value, unit.LibraryCode, out canonical);
        }

        try
        {
            canonical = (value * linear.Factor, linear.Unit);
            return true;
        }
        catch (OverflowException)
        {
            canonical = default;
            return false;
        }
    }

    /// <summary>
    /// The unit's canonical factor when the library's canonicalisation is proportional (0 → 0 and
    /// 2 → twice the factor of 1); null when it is not, or fails, so every value goes to the library.
    /// Small probe values, because large factors (mol: 6.02e23 per unit) leave little decimal headroom.
    /// </summary>
    private static LinearUnit? ProbeLinear(string libraryCode)
    {
        if (TryCanonicalInLibrary(1m, libraryCode, out var one)
            && TryCanonicalInLibrary(2m, libraryCode, out var two)
            && TryCanonicalInLibrary(0m, libraryCode, out var zero)
            && one.Unit == two.Unit && one.Unit == zero.Unit
            && two.Value == 2m * one.Value && zero.Value == 0m)
        {
            return new LinearUnit(one.Value, one.Unit);
        }

        return null;
    }

    private static bool TryCanonicalInLibrary(decimal value, string libraryCode, out (decimal Value, string Unit) canonical)
    {
        canonical = default;
        try
        {
            if (!FhirMetricService.Instance.Value.TryCanonicalize((value, libraryCode, UcumSystem), out var result) || result is not { } found)
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

    private sealed record LinearUnit(decimal Factor, string Unit);

    private sealed record ParsedUnit(UcumUnitExpression? Expression, string? Error);

    private static string Describe(UcumUnitExpression unit) => unit.IsUnitless ? "without a unit" : $"in '{unit.Written}'";

    private static string Labels(UcumUnitExpression unit) => unit.Labels.Count == 0 ? "none" : string.Join(" ", unit.Labels);

    private static string Base(string unit) => unit.Length == 0 ? "1" : unit;
}
