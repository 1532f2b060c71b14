using System.ComponentModel.DataAnnotations;

namespace AmConnector.ChangeNotices;

/// <summary>
/// <c>AmConnector:ChangeNotices</c>: the site defaults of domain.md §5.4. A supplier's quality
/// agreement overrides the notice days; the data package table applies to every supplier.
/// </summary>
public sealed class ChangeNoticeOptions
{
    /// <summary>Minimum notice for a Level 1 change when the quality agreement names none.</summary>
    [Range(0, 3650)]
    public int Level1NoticeDays { get; set; } = 90;

    [Range(0, 3650)]
    public int Level2NoticeDays { get; set; } = 180;

    [Range(0, 3650)]
    public int Level3NoticeDays { get; set; } = 180;

    /// <summary>Minimum notice of a discontinuation, whatever its level (Level 0 and Emergency aside).</summary>
    [Range(0, 3650)]
    public int DiscontinuationNoticeDays { get; set; } = 365;

    [Required]
    public DataPackageOptions DataPackage { get; set; } = new();
}
