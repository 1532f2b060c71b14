namespace AmConnector.Client.Lims;

/// <summary>
/// One reason behind a verdict. <see cref="Code"/> is stable (contracts/usability-reasons.md), so a
/// LIMS may branch on it; <see cref="Message"/> is for people and may change.
/// </summary>
public sealed record UsabilityReason(string Code, string Message, bool Blocking);
