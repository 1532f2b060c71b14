namespace AmConnector.Client.Webhooks;

/// <summary>How many deliveries a replay made pending again, and which.</summary>
public sealed record ReplayResult(int Replayed, IReadOnlyList<Guid> DeliveryIds);
