namespace AmConnector.ChangeNotices;

/// <summary>
/// <c>AmConnector:ChangeNotices:DataPackage</c>: which items (codes of <see cref="DataPackageItems"/>)
/// a notice must bring. Each configured row replaces that row of the default table of domain.md §5.4;
/// rows not configured keep their default. An empty list removes a row's requirements.
/// </summary>
/// <remarks>
/// The defaults live in <see cref="DataPackageTable"/>, not in these collections: the configuration
/// binder appends to a pre-filled list instead of replacing it.
/// </remarks>
public sealed class DataPackageOptions
{
    /// <summary>Items every notice needs; null keeps the default.</summary>
    public string[]? Every { get; set; }

    /// <summary>Items per <see cref="ChangeArea"/> name, e.g. <c>"Site": ["comparability-data"]</c>.</summary>
    public Dictionary<string, string[]> Areas { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Items per <see cref="ChangeLevel"/> name, e.g. <c>"Level2": ["stability-or-performance-data"]</c>.</summary>
    public Dictionary<string, string[]> Levels { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
