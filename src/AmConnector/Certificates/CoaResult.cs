using AmConnector.Common;

namespace AmConnector.Certificates;

/// <summary>One line of a certificate of analysis: a test, its specification and the reported result.</summary>
public sealed class CoaResult : AmEntity
{
    public Guid CertificateId { get; set; }

    /// <summary>Order of the line on the document.</summary>
    public int LineNumber { get; set; }

    public string TestName { get; set; } = "";

    /// <summary>E.g. <c>USP &lt;85&gt;</c> or <c>Ph. Eur. 2.6.7</c>.</summary>
    public string? Method { get; set; }

    /// <summary>The supplier's stated specification, typed.</summary>
    public SpecificationLimit Specification { get; set; } = new();

    /// <summary>The result as printed, e.g. <c>0.05</c>, <c>Not detected</c>.</summary>
    public string? ReportedResult { get; set; }

    public decimal? ReportedValue { get; set; }

    /// <summary>UCUM unit of <see cref="ReportedValue"/>.</summary>
    public string? ReportedUnit { get; set; }

    public LineVerdict Verdict { get; set; } = LineVerdict.NotEvaluated;

    /// <summary>Why the line passed or failed, naming the specification that decided.</summary>
    public string? VerdictReason { get; set; }
}
