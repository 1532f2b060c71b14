namespace AmConnector.Client.Webhooks;

/// <summary>The new secret, shown once; the previous one keeps signing beside it until <see cref="PreviousSecretExpiresAt"/>.</summary>
public sealed record RotatedWebhookSecret(Guid EndpointId, string Secret, DateTimeOffset? PreviousSecretExpiresAt);
