namespace AmConnector.ChangeNotices;

/// <summary>One action AmConnector proposes for a notice, and why.</summary>
public sealed class ProposedAction
{
    public NoticeAction Action { get; set; }

    public string Explanation { get; set; } = "";
}
