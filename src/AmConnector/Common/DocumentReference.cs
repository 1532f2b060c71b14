namespace AmConnector.Common;

/// <summary>
/// A document that lives in the host's document management system. AmConnector keeps its
/// link and SHA-256 so the exact bytes a decision relied on can be proven later.
/// </summary>
public sealed class DocumentReference
{
    public string Title { get; set; } = "";

    public string? Kind { get; set; }

    public Uri? Uri { get; set; }

    /// <summary>Lower-case hex SHA-256 of the document bytes.</summary>
    public string? Sha256 { get; set; }

    public string? MediaType { get; set; }
}
