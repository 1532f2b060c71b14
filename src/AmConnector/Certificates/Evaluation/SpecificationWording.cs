using System.Globalization;

namespace AmConnector.Certificates.Evaluation;

/// <summary>
/// Words a typed specification and numbers for verdict reasons. Reasons are built from the typed
/// bounds, not the printed text, so they show exactly what was compared.
/// </summary>
internal static class SpecificationWording
{
    public static string Describe(SpecificationLimit limit) => limit.Kind switch
    {
        SpecificationKind.Numeric => WithUnit(Bounds(limit), limit.Unit),
        SpecificationKind.Qualitative => limit.Expected is { } expected ? QualitativeVocabulary.Words(expected) : "(no expected outcome)",
        _ => $"'{limit.Text}'",
    };

    /// <summary>Invariant, no exponent, no trailing zeros: 0.00005 prints as 0.00005, not 5E-05.</summary>
    public static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string WithUnit(string text, string? unit) => string.IsNullOrWhiteSpace(unit) ? text : $"{text} {unit.Trim()}";

    private static string Bounds(SpecificationLimit limit)
    {
        var lower = limit.Lower is { } l ? $"{(limit.LowerInclusive ? "≥" : ">")} {Number(l)}" : null;
        var upper = limit.Upper is { } u ? $"{(limit.UpperInclusive ? "≤" : "<")} {Number(u)}" : null;
        return (lower, upper) switch
        {
            ({ }, { }) => $"{lower} and {upper}",
            ({ }, null) => lower,
            (null, { }) => upper,
            _ => "(no bounds)",
        };
    }
}
