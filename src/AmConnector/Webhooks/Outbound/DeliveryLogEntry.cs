namespace AmConnector.Webhooks.Outbound;

/// <summary>One message of the delivery log with its deliveries and their attempts.</summary>
public sealed record DeliveryLogEntry(
    Guid MessageId, string Type, string Subject, string? SupplierCode, string? CatalogueNumber, DateTimeOffset OccurredAt, DateTimeOffset? FannedOutAt,
    IReadOnlyList<DeliveryLogDelivery> Deliveries);

/// <summary>A delivery as the log shows it.</summary>
public sealed record DeliveryLogDelivery(
    Guid Id, Guid EndpointId, DeliveryStatus Status, int AttemptCount, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt,
    int? LastStatusCode, string? LastError, IReadOnlyList<DeliveryLogAttempt> Attempts);

/// <summary>An attempt as the log shows it.</summary>
public sealed record DeliveryLogAttempt(int Number, DateTimeOffset StartedAt, double DurationMs, int? StatusCode, bool Succeeded, string? Error, string? Response);

/// <summary>A page of the log; <see cref="NextLink"/> continues it.</summary>
public sealed record DeliveryLogPage(IReadOnlyList<DeliveryLogEntry> Value, string? NextLink);
