using AmConnector.Qualifications;

namespace AmConnector.ChangeNotices;

/// <summary>A qualification of an affected material, as the impact resolution found it.</summary>
public sealed class AffectedQualification
{
    public Guid QualificationId { get; set; }

    public string CatalogueNumber { get; set; } = "";

    public string UseContext { get; set; } = "";

    public QualificationStatus Status { get; set; }
}
