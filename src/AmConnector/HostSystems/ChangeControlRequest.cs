namespace AmConnector.HostSystems;

/// <summary>
/// The body of <c>createChangeControl</c> (<c>ChangeControlRequest</c> in the host-QMS contract):
/// the decided change notice as it stood when QA decided, so the host record matches the decision.
/// </summary>
internal sealed record ChangeControlRequest
{
    /// <summary>AmConnector's id of the notice.</summary>
    public Guid NoticeId { get; init; }

    /// <summary>The supplier's own reference of the notice.</summary>
    public string NoticeReference { get; init; } = "";

    /// <summary>The supplier's revision of the notice that was decided.</summary>
    public int NoticeVersion { get; init; }

    public string SupplierCode { get; init; } = "";

    public string Title { get; init; } = "";

    /// <summary>A <c>ChangeLevel</c> name, e.g. <c>Level2</c> or <c>Emergency</c>.</summary>
    public string Level { get; init; } = "";

    /// <summary>A <c>ChangeArea</c> name, e.g. <c>Process</c>.</summary>
    public string Area { get; init; } = "";

    public IReadOnlyList<string> AffectedCatalogueNumbers { get; init; } = [];

    public string? Decision { get; init; }

    public string? Impact { get; init; }

    public string? Actions { get; init; }

    /// <summary>The notice in AmConnector's OData API.</summary>
    public string? Url { get; init; }

    /// <summary>The supplier's supporting documents.</summary>
    public IReadOnlyList<HostLink> Links { get; init; } = [];
}
