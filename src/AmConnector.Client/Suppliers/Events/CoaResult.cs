namespace AmConnector.Client.Suppliers.Events;

/// <summary>One test line of a CoA: what was specified and what was found.</summary>
public sealed record CoaResult
{
    public required string TestName { get; init; }

    public string? Method { get; init; }

    public required CoaSpecification Specification { get; init; }

    public string? ReportedResult { get; init; }

    public decimal? ReportedValue { get; init; }

    /// <summary>A UCUM unit, e.g. <c>[EU]/mL</c>.</summary>
    public string? ReportedUnit { get; init; }
}
