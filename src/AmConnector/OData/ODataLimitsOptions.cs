using System.ComponentModel.DataAnnotations;

namespace AmConnector.OData;

/// <summary>Limits that protect the service from expensive queries (design.md principle 3).</summary>
public sealed class ODataLimitsOptions
{
    /// <summary>Server-driven page size; longer results carry <c>@odata.nextLink</c>.</summary>
    [Range(1, 10_000)]
    public int PageSize { get; set; } = 100;

    /// <summary>Largest <c>$top</c> accepted.</summary>
    [Range(1, 100_000)]
    public int MaxTop { get; set; } = 1000;

    [Range(1, 10)]
    public int MaxExpansionDepth { get; set; } = 3;

    /// <summary>Largest number of nodes in a <c>$filter</c> syntax tree.</summary>
    [Range(10, 10_000)]
    public int MaxNodeCount { get; set; } = 200;

    /// <summary>Largest number of operations in one <c>$batch</c>.</summary>
    [Range(1, 1000)]
    public int MaxBatchOperations { get; set; } = 100;
}
