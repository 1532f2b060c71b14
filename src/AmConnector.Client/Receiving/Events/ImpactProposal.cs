namespace AmConnector.Client.Receiving.Events;

/// <summary>What AmConnector proposes on arrival of a notice; QA decides.</summary>
public sealed record ImpactProposal(bool Requalification, bool LotHold, string Explanation);
