namespace AmConnector.ChangeNotices;

/// <summary>A data-package item the notice's area and level require but the supplier did not send (domain.md §5.4).</summary>
public sealed class MissingItem
{
    /// <summary>Stable code, e.g. <c>comparability-data</c>; see <see cref="DataPackageItems"/>.</summary>
    public string Code { get; set; } = "";

    /// <summary>What is missing, in words.</summary>
    public string Description { get; set; } = "";
}
