namespace AmConnector.Webhooks.Outbound;

/// <summary>One message of the delivery log with its deliveries and their attempts.</summary>
public sealed record DeliveryLogEntry(
    Guid MessageId, string Type, string Subject, string? SupplierCode, string? CatalogueNumber, DateTimeOffset OccurredAt, DateTimeOffset? FannedOutAt,
    IReadOnlyList<DeliveryLogDelivery> Deliveries);
