using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace AmConnector.Certificates.Evaluation;

/// <summary>
/// Reads the printed result of a qualitative test (domain.md §5.2) and says whether it meets an
/// expected <see cref="QualitativeOutcome"/>.
/// </summary>
/// <remarks>
/// Matching is on the whole phrase, case-insensitive, ignoring full stops, repeated spaces and a
/// trailing remark in parentheses ("Not detected (&lt; 10 CFU)"); so "not detected" never reads
/// as "detected". Outcomes fall in two families that do not stand in for each other:
/// absence (<see cref="QualitativeOutcome.NotDetected"/>, <see cref="QualitativeOutcome.Negative"/>,
/// <see cref="QualitativeOutcome.Absent"/>) and compliance (<see cref="QualitativeOutcome.Conforms"/>,
/// <see cref="QualitativeOutcome.Pass"/>). "Conforms" printed against "Not detected" fails: it says
/// the supplier's own criterion was met, not that the agent was absent, and the user's criterion
/// may differ.
/// </remarks>
internal static partial class QualitativeVocabulary
{
    private static readonly FrozenDictionary<string, QualitativeOutcome> Outcomes = new Dictionary<string, QualitativeOutcome>
    {
        ["conforms"] = QualitativeOutcome.Conforms,
        ["conform"] = QualitativeOutcome.Conforms,
        ["complies"] = QualitativeOutcome.Conforms,
        ["comply"] = QualitativeOutcome.Conforms,
        ["compliant"] = QualitativeOutcome.Conforms,
        ["conforms to specification"] = QualitativeOutcome.Conforms,
        ["complies with specification"] = QualitativeOutcome.Conforms,
        ["meets specification"] = QualitativeOutcome.Conforms,
        ["meets requirements"] = QualitativeOutcome.Conforms,
        ["within specification"] = QualitativeOutcome.Conforms,
        ["pass"] = QualitativeOutcome.Pass,
        ["passes"] = QualitativeOutcome.Pass,
        ["passed"] = QualitativeOutcome.Pass,
        ["negative"] = QualitativeOutcome.Negative,
        ["neg"] = QualitativeOutcome.Negative,
        ["non-reactive"] = QualitativeOutcome.Negative,
        ["nonreactive"] = QualitativeOutcome.Negative,
        ["no growth"] = QualitativeOutcome.Negative,
        ["not detected"] = QualitativeOutcome.NotDetected,
        ["nd"] = QualitativeOutcome.NotDetected,
        ["none detected"] = QualitativeOutcome.NotDetected,
        ["not detectable"] = QualitativeOutcome.NotDetected,
        ["undetectable"] = QualitativeOutcome.NotDetected,
        ["below detection limit"] = QualitativeOutcome.NotDetected,
        ["absent"] = QualitativeOutcome.Absent,
        ["absence"] = QualitativeOutcome.Absent,
        ["not present"] = QualitativeOutcome.Absent,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FailingWords = new[]
    {
        "detected", "positive", "pos", "present", "presence", "reactive", "growth", "growth observed",
        "fail", "fails", "failed", "does not conform", "does not comply", "not conforming", "non-conforming",
        "nonconforming", "non-compliant", "out of specification", "oos",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static QualitativeReading Read(string? printed)
    {
        var phrase = Normalise(printed);
        if (Outcomes.TryGetValue(phrase, out var outcome))
        {
            return new QualitativeReading(QualitativeReadingKind.Outcome, outcome);
        }

        return new QualitativeReading(FailingWords.Contains(phrase) ? QualitativeReadingKind.Failing : QualitativeReadingKind.Unrecognised);
    }

    /// <summary>True when a stated outcome meets the expected one: itself, or one of its family.</summary>
    public static bool Meets(QualitativeOutcome stated, QualitativeOutcome expected) => IsAbsence(stated) == IsAbsence(expected);

    /// <summary>The wording used in verdict reasons.</summary>
    public static string Words(QualitativeOutcome outcome) => outcome switch
    {
        QualitativeOutcome.NotDetected => "Not detected",
        _ => outcome.ToString(),
    };

    private static bool IsAbsence(QualitativeOutcome outcome) =>
        outcome is QualitativeOutcome.NotDetected or QualitativeOutcome.Negative or QualitativeOutcome.Absent;

    private static string Normalise(string? printed)
    {
        var text = (printed ?? "").Replace(".", "", StringComparison.Ordinal);
        text = TrailingRemark().Replace(text, "");
        return Whitespace().Replace(text, " ").Trim().ToLowerInvariant();
    }

    [GeneratedRegex(@"\([^()]*\)\s*$")]
    private static partial Regex TrailingRemark();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
