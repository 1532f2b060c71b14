namespace AmConnector.ChangeNotices;

/// <summary>QA's assessment and decision on a change notice. Not visible to the supplier.</summary>
public sealed class NoticeAssessment
{
    public string? Impact { get; set; }

    public string? Decision { get; set; }

    public string? Actions { get; set; }

    public string? Reason { get; set; }

    public string? AssessedBy { get; set; }

    public DateTimeOffset? AssessedAt { get; set; }

    public string? HostChangeControlReference { get; set; }
}
