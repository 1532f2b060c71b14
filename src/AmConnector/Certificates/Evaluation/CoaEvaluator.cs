using AmConnector.Materials;

namespace AmConnector.Certificates.Evaluation;

/// <summary>
/// Judges a whole certificate of analysis (domain.md §5.2): every line against the supplier's and
/// the user's specifications, and every user test the CoA does not answer reported missing.
/// </summary>
/// <remarks>
/// A user specification matches a line by test name (case and whitespace do not matter) and, when
/// it names a method, by method too. A specification for one use applies only when evaluating for
/// that use; the stored CoA verdict is evaluated with <c>use</c> null, so with the specifications
/// for every use only. Lines that match no user specification are judged on the supplier's alone.
/// </remarks>
internal static class CoaEvaluator
{
    /// <param name="certificate">The CoA with its <see cref="Certificate.Results"/>.</param>
    /// <param name="userSpecifications">The material's user specifications (others are ignored).</param>
    /// <param name="use">The process step to evaluate for; null for the stored verdict.</param>
    public static CoaEvaluation Evaluate(Certificate certificate, IEnumerable<MaterialSpecification> userSpecifications, string? use = null)
    {
        if (certificate.Type != CertificateType.CertificateOfAnalysis)
        {
            return new CoaEvaluation(CoaVerdict.NotEvaluated, [], [], "Not a certificate of analysis: nothing to evaluate.");
        }

        var applicable = userSpecifications
            .Where(s => s.MaterialId == certificate.MaterialId && (s.Use is null || (use is not null && TestKey.Same(s.Use, use))))
            .ToList();
        var lines = certificate.Results
            .OrderBy(l => l.LineNumber)
            .Select(l => CoaLineEvaluator.Evaluate(l, applicable.Where(s => Answers(l, s))))
            .ToList();
        var missing = applicable
            .Where(s => !certificate.Results.Exists(l => Answers(l, s)))
            .Select(s => new MissingTest(s, MissingReason(s, certificate.Results)))
            .ToList();

        var failing = lines.Where(l => l.Verdict != LineVerdict.Pass).ToList();
        var verdict = lines.Count > 0 && failing.Count == 0 && missing.Count == 0 ? CoaVerdict.Pass : CoaVerdict.OutOfSpecification;
        return new CoaEvaluation(verdict, lines, missing, Summarise(lines.Count, failing, missing));
    }

    private static bool Answers(CoaResult line, MaterialSpecification specification) =>
        TestKey.Same(line.TestName, specification.TestName)
        && (string.IsNullOrWhiteSpace(specification.Method) || TestKey.Same(line.Method, specification.Method));

    private static string MissingReason(MaterialSpecification specification, List<CoaResult> lines)
    {
        var reason = $"no CoA line for user test '{specification.TestName}'"
            + (string.IsNullOrWhiteSpace(specification.Method) ? "" : $" by {specification.Method}");
        // The test may be there by another method: say so, as that is what a reviewer checks next.
        var otherMethods = lines
            .Where(l => TestKey.Same(l.TestName, specification.TestName) && !string.IsNullOrWhiteSpace(l.Method))
            .Select(l => l.Method!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return otherMethods.Count == 0 ? reason : $"{reason} (the CoA reports it by {string.Join(", ", otherMethods)})";
    }

    private static string Summarise(int lineCount, List<LineEvaluation> failing, List<MissingTest> missing)
    {
        if (lineCount == 0)
        {
            // An empty CoA shows nothing meets anything: never a pass.
            return "Out of specification: the CoA has no result lines"
                + (missing.Count > 0 ? $"; missing: {string.Join("; ", missing.Select(m => m.Reason))}." : ".");
        }

        if (failing.Count == 0 && missing.Count == 0)
        {
            return $"Pass: all {lineCount} lines meet their specifications.";
        }

        var parts = failing.Select(l => $"line {l.Line.LineNumber} ({l.Line.TestName}) {(l.NeedsReview ? "needs review" : "fails")}")
            .Concat(missing.Select(m => m.Reason));
        return $"Out of specification: {string.Join("; ", parts)}.";
    }
}
