namespace AmConnector.Client.Webhooks;

/// <summary>An <c>am.webhook.test</c> queued for one endpoint; the delivery log shows how it went.</summary>
public sealed record TestEventAccepted(Guid MessageId, Guid DeliveryId);
