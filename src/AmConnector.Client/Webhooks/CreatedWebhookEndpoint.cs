namespace AmConnector.Client.Webhooks;

/// <summary>The one answer that shows an endpoint's secret (on creation): keep it, it cannot be read again.</summary>
public sealed record CreatedWebhookEndpoint(WebhookEndpoint Endpoint, string Secret);
