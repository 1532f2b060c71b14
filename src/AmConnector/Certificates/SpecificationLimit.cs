namespace AmConnector.Certificates;

/// <summary>
/// A typed specification (domain.md §5.2): a numeric range with inclusive or exclusive bounds in
/// a UCUM unit, or an expected qualitative outcome. <see cref="Text"/> keeps the wording printed
/// on the document.
/// </summary>
public sealed class SpecificationLimit
{
    public SpecificationKind Kind { get; set; } = SpecificationKind.Text;

    public string? Text { get; set; }

    public decimal? Lower { get; set; }

    public bool LowerInclusive { get; set; } = true;

    public decimal? Upper { get; set; }

    public bool UpperInclusive { get; set; } = true;

    /// <summary>UCUM unit of the bounds.</summary>
    public string? Unit { get; set; }

    public QualitativeOutcome? Expected { get; set; }
}
