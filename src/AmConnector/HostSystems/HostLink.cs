namespace AmConnector.HostSystems;

/// <summary>A link the host QMS shows beside its record, e.g. a supplier document.</summary>
internal sealed record HostLink(string Title, string Href);
