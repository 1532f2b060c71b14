namespace AmConnector.HostSystems;

/// <summary>An RFC 9457 problem details answer of the host, as far as AmConnector reads it.</summary>
internal sealed record HostProblem(string? Type, string? Title, int? Status, string? Detail);
