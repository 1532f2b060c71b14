namespace AmConnector.Client.Suppliers.Events;

/// <summary>
/// A CoA line's specification: <see cref="Kind"/> is <c>Text</c>, <c>Numeric</c> (limits and a UCUM unit)
/// or <c>Qualitative</c> (<see cref="Expected"/>: Conforms, Negative, NotDetected, Absent, Pass).
/// </summary>
public sealed record CoaSpecification
{
    public required string Kind { get; init; }

    public string? Text { get; init; }

    public decimal? Lower { get; init; }

    public bool? LowerInclusive { get; init; }

    public decimal? Upper { get; init; }

    public bool? UpperInclusive { get; init; }

    public string? Unit { get; init; }

    public string? Expected { get; init; }
}
