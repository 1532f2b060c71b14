namespace AmConnector.Webhooks.Outbound;

/// <summary>The new secret, shown once; the previous one keeps signing until <see cref="PreviousSecretExpiresAt"/>.</summary>
public sealed record RotatedWebhookSecret(Guid EndpointId, string Secret, DateTimeOffset? PreviousSecretExpiresAt);
