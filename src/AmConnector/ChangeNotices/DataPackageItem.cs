namespace AmConnector.ChangeNotices;

/// <summary>
/// One item of a change notice's data package: its stable code, what it is in words, and how a
/// notice shows it was sent (a field, or a supporting document of a matching kind).
/// </summary>
internal sealed record DataPackageItem(string Code, string Description, Func<ChangeNotice, DataPackageContext, bool> IsPresent)
{
    /// <summary>False when the item does not apply to this notice (a TSE/BSE statement for a material of neither animal nor human origin).</summary>
    public Func<DataPackageContext, bool> Applies { get; init; } = _ => true;
}
