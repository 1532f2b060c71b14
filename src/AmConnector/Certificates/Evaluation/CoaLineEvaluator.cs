using AmConnector.Materials;

namespace AmConnector.Certificates.Evaluation;

/// <summary>
/// Judges one CoA line against the supplier's stated specification and each of the user's
/// specifications for the same test (domain.md §5.2). All must pass, so the stricter one decides,
/// and the reason names every specification that failed.
/// </summary>
internal static class CoaLineEvaluator
{
    public const string Supplier = "supplier specification";

    /// <param name="line">The CoA line; its <see cref="CoaResult.Specification"/> is the supplier's.</param>
    /// <param name="userSpecifications">The user's specifications already matched to this line's test.</param>
    public static LineEvaluation Evaluate(CoaResult line, IEnumerable<MaterialSpecification> userSpecifications)
    {
        var checks = new List<SpecificationCheck>();
        if (SpecificationJudge.IsStated(line.Specification))
        {
            checks.Add(SpecificationJudge.Check(Supplier, line.Specification, line));
        }

        checks.AddRange(userSpecifications.Select(s => SpecificationJudge.Check(UserOwner(s), s.Limit, line)));

        if (checks.Count == 0)
        {
            return new LineEvaluation(line, LineVerdict.Fail,
                "Needs review: no specification to judge the result against (the supplier states none and the user has none for this test).",
                NeedsReview: true, checks);
        }

        var failed = checks.Where(c => !c.Passed).ToList();
        if (failed.Count == 0)
        {
            return new LineEvaluation(line, LineVerdict.Pass, $"Meets {string.Join("; ", checks)}.", NeedsReview: false, checks);
        }

        var met = checks.Where(c => c.Passed).ToList();
        var needsReview = failed.TrueForAll(c => c.NeedsReview);
        var reason = $"{(needsReview ? "Needs review" : "Fails")}: {string.Join("; ", failed)}"
            + (met.Count > 0 ? $". Meets {string.Join("; ", met)}." : ".");
        return new LineEvaluation(line, LineVerdict.Fail, reason, needsReview, checks);
    }

    private static string UserOwner(MaterialSpecification specification) =>
        specification.Use is null ? "user specification" : $"user specification for use '{specification.Use}'";
}
