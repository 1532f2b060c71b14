namespace AmConnector.HostSystems;

/// <summary>The body of <c>releaseLotHold</c>: a hold is lifted for a stated reason, like any GMP change.</summary>
internal sealed record LotHoldReleaseRequest(string Reason);
