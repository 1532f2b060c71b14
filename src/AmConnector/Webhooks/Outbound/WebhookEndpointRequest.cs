namespace AmConnector.Webhooks.Outbound;

/// <summary>The body of POST and PUT <c>/api/webhooks/endpoints</c>.</summary>
public sealed record WebhookEndpointRequest(
    string? Url, string? Description, List<string>? EventTypes, List<string>? SupplierCodes, List<string>? CatalogueNumbers);
