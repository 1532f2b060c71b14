using AmConnector.Common;
using AmConnector.Certificates;
using AmConnector.Lots;

namespace AmConnector.Qualifications;

/// <summary>A performance (lot-to-lot consistency) test of one lot against a reference lot (ISO 20399 §9).</summary>
public sealed class PerformanceTest : AmEntity
{
    public Guid QualificationId { get; set; }

    public Guid LotId { get; set; }

    public Lot? Lot { get; set; }

    public Guid? ReferenceLotId { get; set; }

    public Lot? ReferenceLot { get; set; }

    public string Assay { get; set; } = "";

    public string? Result { get; set; }

    public string? AcceptanceCriterion { get; set; }

    public LineVerdict Verdict { get; set; } = LineVerdict.NotEvaluated;

    public DateOnly? TestedOn { get; set; }
}
