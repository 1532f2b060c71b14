namespace AmConnector.Webhooks.Outbound;

/// <summary>The one answer that shows an endpoint's secret (on creation); it cannot be read again.</summary>
public sealed record CreatedWebhookEndpoint(WebhookEndpointView Endpoint, string Secret);
