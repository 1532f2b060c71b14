namespace AmConnector.Client.Webhooks;

/// <summary>An endpoint as AmConnector lists it: never a secret, only whether a previous one still signs and until when.</summary>
public sealed record WebhookEndpoint(
    Guid Id,
    Uri Url,
    string? Description,
    IReadOnlyList<string> EventTypes,
    IReadOnlyList<string> SupplierCodes,
    IReadOnlyList<string> CatalogueNumbers,
    string? OwnerSupplierCode,
    bool Enabled,
    DateTimeOffset? DisabledAt,
    string? DisabledReason,
    DateTimeOffset? PreviousSecretExpiresAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset ModifiedAt,
    string CreatedBy);
