namespace AmConnector.Client.Receiving.Events;

/// <summary><c>am.webhook.test</c>: sent on request to one endpoint to check the receiver.</summary>
public sealed record WebhookTest(Guid EndpointId, string? RequestedBy, DateTimeOffset RequestedAt);
