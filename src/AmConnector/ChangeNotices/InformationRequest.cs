namespace AmConnector.ChangeNotices;

/// <summary>A request to the supplier for more information about a notice (<c>RequestInformation</c>); the supplier sees it.</summary>
public sealed class InformationRequest
{
    /// <summary>What is asked for: data-package item codes or short phrases.</summary>
    public List<string> Items { get; set; } = [];

    public string Message { get; set; } = "";

    public DateTimeOffset RequestedAt { get; set; }

    public string RequestedBy { get; set; } = "";

    /// <summary>The notice version the request was about.</summary>
    public int Version { get; set; }
}
