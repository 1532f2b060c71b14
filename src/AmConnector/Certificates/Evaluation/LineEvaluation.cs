namespace AmConnector.Certificates.Evaluation;

/// <summary>The verdict on one CoA line and how it was reached.</summary>
/// <param name="Line">The line judged.</param>
/// <param name="Verdict">Pass only when every specification that applies passes.</param>
/// <param name="Reason">Names each failing specification (and the passing ones), for <see cref="CoaResult.VerdictReason"/>.</param>
/// <param name="NeedsReview">
/// The line fails only because no rule could judge it (free text, no specification at all): a
/// person must look, but no result was found out of specification.
/// </param>
/// <param name="Checks">Each specification applied, supplier's first.</param>
internal sealed record LineEvaluation(
    CoaResult Line,
    LineVerdict Verdict,
    string Reason,
    bool NeedsReview,
    IReadOnlyList<SpecificationCheck> Checks);
