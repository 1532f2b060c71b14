namespace AmConnector.Qualifications;

/// <summary>Qualification lifecycle (domain.md §4.2).</summary>
public enum QualificationStatus
{
    NotStarted,
    InProgress,
    Qualified,
    ConditionallyQualified,
    RequalificationRequired,
    Disqualified,
    Retired,
}
