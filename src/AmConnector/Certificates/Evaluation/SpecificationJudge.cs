namespace AmConnector.Certificates.Evaluation;

/// <summary>
/// Judges one CoA line against one typed specification (domain.md §5.2). Every path that cannot
/// show the result meets the specification fails with a finding; there is no silent pass.
/// </summary>
internal static class SpecificationJudge
{
    /// <summary>True when the limit says anything: a default (untyped, empty) limit is no specification.</summary>
    public static bool IsStated(SpecificationLimit limit) =>
        limit.Kind != SpecificationKind.Text || !string.IsNullOrWhiteSpace(limit.Text);

    /// <summary>Judges <paramref name="line"/> against <paramref name="limit"/>; <paramref name="owner"/> names whose it is.</summary>
    public static SpecificationCheck Check(string owner, SpecificationLimit limit, CoaResult line)
    {
        var name = $"{owner} {SpecificationWording.Describe(limit)}";
        return limit.Kind switch
        {
            SpecificationKind.Numeric => Numeric(name, limit, line),
            SpecificationKind.Qualitative => Qualitative(name, limit, line),
            // Free text has no rule; it fails so a person looks at it (a NotEvaluated line would
            // not block a release, which needs only "no failing line", §4.1).
            _ => Review(name, "free text cannot be judged by a rule; review the line"),
        };
    }

    private static SpecificationCheck Numeric(string name, SpecificationLimit limit, CoaResult line)
    {
        if (limit.Lower is null && limit.Upper is null)
        {
            return Review(name, "the numeric specification has no bounds");
        }

        if (!ReportedNumber.TryRead(line, out var reported))
        {
            return string.IsNullOrWhiteSpace(line.ReportedResult)
                ? Fail(name, "no result is reported")
                : Fail(name, $"the reported result '{line.ReportedResult}' is not a number");
        }

        var conversion = UcumUnitConverter.Convert(reported.Value, line.ReportedUnit, limit.Unit);
        var shown = Shown(reported, line.ReportedUnit);
        if (!conversion.IsConverted)
        {
            return Fail(name, $"{shown} cannot be compared: {conversion.Reason}");
        }

        if (!string.Equals(line.ReportedUnit?.Trim() ?? "", limit.Unit?.Trim() ?? "", StringComparison.Ordinal))
        {
            shown += $" (= {Shown(reported with { Value = conversion.Value }, limit.Unit)})";
        }

        return NumericFinding(limit, conversion.Value, reported.Censoring) is { } outside
            ? Fail(name, $"{shown} {outside}")
            : Pass(name, $"{shown} is within it");
    }

    /// <summary>Null when every value the result allows is inside the limits; else what is wrong.</summary>
    private static string? NumericFinding(SpecificationLimit limit, decimal value, Censoring censoring)
    {
        // The result as the interval of values it allows: a censored result is open on one side.
        decimal? low = censoring is Censoring.Below or Censoring.AtOrBelow ? null : value;
        decimal? high = censoring is Censoring.Above or Censoring.AtOrAbove ? null : value;
        var lowOpen = censoring == Censoring.Above;
        var highOpen = censoring == Censoring.Below;

        if (limit.Lower is { } lower && !(low is { } a && (a > lower || (a == lower && (limit.LowerInclusive || lowOpen)))))
        {
            return low is null ? "does not show the value reaches the lower limit"
                : low == lower ? "is at the exclusive lower limit" : "is below the lower limit";
        }

        if (limit.Upper is { } upper && !(high is { } b && (b < upper || (b == upper && (limit.UpperInclusive || highOpen)))))
        {
            return high is null ? "does not show the value stays under the upper limit"
                : high == upper ? "is at the exclusive upper limit" : "is above the upper limit";
        }

        return null;
    }

    private static SpecificationCheck Qualitative(string name, SpecificationLimit limit, CoaResult line)
    {
        if (limit.Expected is not { } expected)
        {
            return Review(name, "the qualitative specification names no expected outcome");
        }

        if (string.IsNullOrWhiteSpace(line.ReportedResult))
        {
            return line.ReportedValue is { } number
                ? Fail(name, $"a number ({SpecificationWording.Number(number)}) is reported where an outcome is expected")
                : Fail(name, "no result is reported");
        }

        if (ReportedNumber.LooksNumeric(line.ReportedResult))
        {
            return Fail(name, $"'{line.ReportedResult}' is a number, not an outcome");
        }

        var reading = QualitativeVocabulary.Read(line.ReportedResult);
        return reading switch
        {
            { Kind: QualitativeReadingKind.Outcome, Outcome: { } stated } when QualitativeVocabulary.Meets(stated, expected) =>
                Pass(name, $"'{line.ReportedResult}' reads as {QualitativeVocabulary.Words(stated)}"),
            { Kind: QualitativeReadingKind.Outcome, Outcome: { } stated } =>
                Fail(name, $"'{line.ReportedResult}' states {QualitativeVocabulary.Words(stated)}, not {QualitativeVocabulary.Words(expected)}"),
            { Kind: QualitativeReadingKind.Failing } => Fail(name, $"'{line.ReportedResult}' is a failing outcome"),
            _ => Fail(name, $"'{line.ReportedResult}' is not a recognised outcome"),
        };
    }

    private static string Shown(ReportedNumber number, string? unit)
    {
        var comparator = number.Censoring switch
        {
            Censoring.Below => "< ",
            Censoring.AtOrBelow => "≤ ",
            Censoring.Above => "> ",
            Censoring.AtOrAbove => "≥ ",
            _ => "",
        };
        return SpecificationWording.WithUnit(comparator + SpecificationWording.Number(number.Value), unit);
    }

    private static SpecificationCheck Pass(string name, string finding) => new(name, true, false, finding);

    private static SpecificationCheck Fail(string name, string finding) => new(name, false, false, finding);

    private static SpecificationCheck Review(string name, string finding) => new(name, false, true, finding);
}
