using System.Globalization;
using System.Text.RegularExpressions;

namespace AmConnector.Certificates.Evaluation;

/// <summary>The number a CoA line reports, with any "&lt;", "≤", "&gt;" or "≥" printed before it.</summary>
internal readonly partial record struct ReportedNumber(decimal Value, Censoring Censoring)
{
    /// <summary>
    /// The line's <see cref="CoaResult.ReportedValue"/>, or failing that its printed result when
    /// that is only a number (invariant culture: "1,5" is not read, as it could mean 1.5 or 15).
    /// A comparator printed before the result applies to either.
    /// </summary>
    public static bool TryRead(CoaResult line, out ReportedNumber number)
    {
        number = default;
        // The comparator is read even when a unit or remark follows ("< 0.005 EU/mL"): dropping it
        // would turn a detection limit into a value and could pass a lower bound.
        var censoring = Censor(ComparatorPattern().Match(line.ReportedResult ?? "").Value.Trim());
        if (line.ReportedValue is { } value)
        {
            number = new ReportedNumber(value, censoring);
            return true;
        }

        var match = NumberPattern().Match(line.ReportedResult ?? "");
        if (match.Success && decimal.TryParse(match.Groups["num"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            number = new ReportedNumber(parsed, censoring);
            return true;
        }

        return false;
    }

    /// <summary>True when the printed result is only a number (maybe with a comparator).</summary>
    public static bool LooksNumeric(string? printed) => NumberPattern().IsMatch(printed ?? "");

    private static Censoring Censor(string op) => op switch
    {
        "<" => Censoring.Below,
        "<=" or "≤" => Censoring.AtOrBelow,
        ">" => Censoring.Above,
        ">=" or "≥" => Censoring.AtOrAbove,
        _ => Censoring.None,
    };

    [GeneratedRegex(@"^\s*(<=|>=|≤|≥|<|>)")]
    private static partial Regex ComparatorPattern();

    [GeneratedRegex(@"^\s*(<=|>=|≤|≥|<|>)?\s*(?<num>[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?)\s*$")]
    private static partial Regex NumberPattern();
}
