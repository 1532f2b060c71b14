namespace AmConnector.Webhooks.Outbound;

/// <summary>An endpoint as listed: never a secret, only whether a previous one still signs and until when.</summary>
public record WebhookEndpointView(
    Guid Id,
    string Url,
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
    string CreatedBy)
{
    internal static WebhookEndpointView Of(WebhookEndpoint e) => new(
        e.Id, e.Url, e.Description, e.EventTypes, e.SupplierCodes, e.CatalogueNumbers, e.OwnerSupplierCode, e.Enabled,
        e.DisabledAt, e.DisabledReason, e.PreviousSecretExpiresAt, e.CreatedAt, e.ModifiedAt, e.CreatedBy);
}
