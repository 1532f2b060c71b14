namespace AmConnector.Webhooks.Outbound;

/// <summary>A receiver's host resolves to an address webhooks must not reach (SSRF guard).</summary>
public sealed class WebhookAddressRefusedException(string message) : Exception(message);
