namespace AmConnector.Client.Suppliers.Events;

/// <summary>A supporting document: where it is and, ideally, its SHA-256 so the site can prove what it read.</summary>
public sealed record DocumentReference
{
    public required string Title { get; init; }

    /// <summary>A data-package item code, e.g. <c>comparability-data</c>, <c>risk-assessment</c>.</summary>
    public string? Kind { get; init; }

    public Uri? Uri { get; init; }

    public string? Sha256 { get; init; }

    public string? MediaType { get; init; }
}
