namespace AmConnector.Webhooks.Inbound;

/// <summary>The answer to a create or rotate: the only time the secret is shown.</summary>
public sealed record CreatedSupplierWebhookSecret(Guid Id, string Secret, DateTimeOffset ValidFrom, Guid? Replaces = null, DateTimeOffset? ReplacedValidUntil = null);

/// <summary>A secret as listed: never its value.</summary>
public sealed record SupplierWebhookSecretSummary(
    Guid Id, DateTimeOffset ValidFrom, DateTimeOffset? ValidUntil, DateTimeOffset? RevokedAt, Guid? Replaces, bool IsValid);
