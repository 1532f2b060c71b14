using AmConnector.Certificates;
using AmConnector.Materials;

namespace AmConnector.Demo;

/// <summary>
/// Judges a demo CoA line as domain.md §5.2 says: against the supplier's specification and the
/// user's specification for the same test, the stricter verdict winning, and never a silent pass
/// (a missing, wrong-kind or other-unit result fails). The plugin has no CoA evaluator yet; this
/// keeps the stored verdicts true to the values until it has one. No unit conversion: every demo
/// line reports in its specification's unit.
/// </summary>
internal static class DemoCoaJudge
{
    public static void Judge(CoaResult line, IEnumerable<MaterialSpecification> userSpecifications)
    {
        // A criterion for one use is checked when a lot is asked about for that use; a CoA is judged against the general ones.
        var user = userSpecifications.FirstOrDefault(
            s => s.Use is null && string.Equals(s.TestName, line.TestName, StringComparison.OrdinalIgnoreCase));
        var supplierFailure = Failure(line.Specification, line);
        var userFailure = user is null ? null : Failure(user.Limit, line);

        line.Verdict = supplierFailure is null && userFailure is null ? LineVerdict.Pass : LineVerdict.Fail;
        line.VerdictReason = (supplierFailure, userFailure) switch
        {
            (null, null) when user is null => $"Meets the supplier's specification ({line.Specification.Text}).",
            (null, null) => $"Meets the supplier's specification ({line.Specification.Text}) and the user's ({user!.Limit.Text}).",
            ({ } s, null) => $"Fails the supplier's specification ({line.Specification.Text}): {s}.",
            (null, { } u) => $"Fails the user's specification ({user!.Limit.Text}): {u}; the supplier's ({line.Specification.Text}) is met.",
            ({ } s, { }) => $"Fails the supplier's specification ({line.Specification.Text}): {s}; fails the user's ({user!.Limit.Text}) too.",
        };
    }

    public static CoaVerdict Verdict(IEnumerable<CoaResult> lines) =>
        lines.Any(l => l.Verdict != LineVerdict.Pass) ? CoaVerdict.OutOfSpecification : CoaVerdict.Pass;

    private static string? Failure(SpecificationLimit limit, CoaResult line) => limit.Kind switch
    {
        SpecificationKind.Numeric when line.ReportedValue is not { } value => $"no numeric result ('{line.ReportedResult}')",
        SpecificationKind.Numeric when !string.Equals(line.ReportedUnit, limit.Unit, StringComparison.Ordinal) =>
            $"result unit {line.ReportedUnit} is not the specification's unit {limit.Unit}",
        SpecificationKind.Numeric => Outside(limit, line.ReportedValue!.Value),
        SpecificationKind.Qualitative when limit.Expected is { } expected && DemoSpecs.Words(expected) == line.ReportedResult => null,
        SpecificationKind.Qualitative => $"reported '{line.ReportedResult}'",
        _ => "a free-text specification cannot be judged by a rule",
    };

    private static string? Outside(SpecificationLimit limit, decimal value)
    {
        var shown = DemoSpecs.Number(value);
        if (limit.Lower is { } lower && (value < lower || (!limit.LowerInclusive && value == lower)))
        {
            return $"{shown} is below the lower limit";
        }

        if (limit.Upper is { } upper && (value > upper || (!limit.UpperInclusive && value == upper)))
        {
            return $"{shown} is above the upper limit";
        }

        return null;
    }
}
