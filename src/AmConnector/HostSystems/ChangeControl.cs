namespace AmConnector.HostSystems;

/// <summary>The host's change-control record as it answers <c>createChangeControl</c> and <c>getChangeControl</c>.</summary>
internal sealed record ChangeControl(string Reference, string Status);
