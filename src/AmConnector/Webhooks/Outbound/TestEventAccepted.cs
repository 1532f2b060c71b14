namespace AmConnector.Webhooks.Outbound;

/// <summary>A test event queued for one endpoint; the delivery log shows how it went.</summary>
public sealed record TestEventAccepted(Guid MessageId, Guid DeliveryId);
