namespace AmConnector.Client.Webhooks;

/// <summary>One message of the delivery log with its deliveries.</summary>
public sealed record DeliveryLogEntry(
    Guid MessageId, string Type, string Subject, string? SupplierCode, string? CatalogueNumber, DateTimeOffset OccurredAt, DateTimeOffset? FannedOutAt,
    IReadOnlyList<DeliveryLogDelivery> Deliveries);
