namespace AmConnector.Client.Receiving.Events;

/// <summary><c>am.webhook.endpoint-disabled</c>: an endpoint was disabled after sustained failure.</summary>
public sealed record WebhookEndpointDisabled(Guid EndpointId, Uri Url, string Reason, DateTimeOffset DisabledAt, DateTimeOffset? FailingSince, int? LastStatusCode);
