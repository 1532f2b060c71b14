namespace AmConnector.ChangeNotices;

/// <summary>QA's assessment and decision on a change notice. Not visible to the supplier.</summary>
public sealed class NoticeAssessment
{
    public string? Impact { get; set; }

    /// <summary>Accepted, AcceptedWithActions or Rejected.</summary>
    public string? Decision { get; set; }

    /// <summary>The actions in words (free text, e.g. of a decision recorded before AmConnector applied them).</summary>
    public string? Actions { get; set; }

    /// <summary>The actions the decision applied.</summary>
    public List<NoticeAction> ChosenActions { get; set; } = [];

    public string? Reason { get; set; }

    public string? AssessedBy { get; set; }

    public DateTimeOffset? AssessedAt { get; set; }

    public string? HostChangeControlReference { get; set; }
}
