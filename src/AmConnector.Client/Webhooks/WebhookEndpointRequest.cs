namespace AmConnector.Client.Webhooks;

/// <summary>
/// The body of creating or changing an endpoint. Empty lists mean "all": every event type the
/// caller may receive, every supplier, every catalogue number. A supplier's endpoint receives only
/// events about its own notices.
/// </summary>
public sealed record WebhookEndpointRequest
{
    public required Uri Url { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> EventTypes { get; init; } = [];

    public IReadOnlyList<string> SupplierCodes { get; init; } = [];

    public IReadOnlyList<string> CatalogueNumbers { get; init; } = [];
}
