namespace AmConnector.Certificates.Astm;

/// <summary>
/// What a command-line import of an E3077 CoA came to: stored and judged (with the certificate,
/// its verdict and the inbox entry that holds the file), a repeat of a file imported before, or
/// refused with each problem at its XML location and nothing stored.
/// </summary>
internal sealed record AstmCoaImportResult(
    bool IsAccepted,
    string Title,
    IReadOnlyList<AstmProblem> Problems,
    IReadOnlyList<string> IgnoredElements,
    Guid? CertificateId = null,
    string? Verdict = null,
    string? VerdictReason = null,
    Guid? InboundEventId = null,
    bool IsRepeat = false,
    string? Outcome = null)
{
    public static AstmCoaImportResult Refused(string title, IReadOnlyList<AstmProblem> problems, IReadOnlyList<string>? ignored = null) =>
        new(false, title, problems, ignored ?? []);
}
