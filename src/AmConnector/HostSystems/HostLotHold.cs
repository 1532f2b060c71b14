namespace AmConnector.HostSystems;

/// <summary>The host's hold on a lot, as it answers <c>placeLotHold</c> and <c>releaseLotHold</c>.</summary>
internal sealed record HostLotHold(string Reference, string Status);
