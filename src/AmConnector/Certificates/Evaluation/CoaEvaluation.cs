namespace AmConnector.Certificates.Evaluation;

/// <summary>The verdict on a whole certificate of analysis, line by line, with the user tests it lacks.</summary>
/// <param name="Verdict">
/// Pass only when the CoA has lines, every line passes and no user test is missing; otherwise
/// OutOfSpecification. NotEvaluated for a certificate that is not a CoA.
/// </param>
/// <param name="Lines">Each line's verdict, in line order.</param>
/// <param name="MissingTests">User specifications no line answers.</param>
/// <param name="Summary">One sentence for the certificate as a whole, naming failing lines and missing tests.</param>
internal sealed record CoaEvaluation(
    CoaVerdict Verdict,
    IReadOnlyList<LineEvaluation> Lines,
    IReadOnlyList<MissingTest> MissingTests,
    string Summary)
{
    /// <summary>Writes the verdicts onto the certificate and its lines (the evaluator itself changes nothing).</summary>
    public void ApplyTo(Certificate certificate)
    {
        foreach (var line in Lines)
        {
            line.Line.Verdict = line.Verdict;
            line.Line.VerdictReason = line.Reason;
        }

        certificate.Verdict = Verdict;
        certificate.VerdictReason = Summary;
    }
}
