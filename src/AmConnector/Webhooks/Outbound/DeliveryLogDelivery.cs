namespace AmConnector.Webhooks.Outbound;

/// <summary>A delivery as the log shows it.</summary>
public sealed record DeliveryLogDelivery(
    Guid Id, Guid EndpointId, DeliveryStatus Status, int AttemptCount, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt,
    int? LastStatusCode, string? LastError, IReadOnlyList<DeliveryLogAttempt> Attempts);
