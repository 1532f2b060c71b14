namespace AmConnector.Client.Webhooks;

/// <summary>One message to one endpoint, with its attempts.</summary>
public sealed record DeliveryLogDelivery(
    Guid Id, Guid EndpointId, DeliveryStatus Status, int AttemptCount, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt,
    int? LastStatusCode, string? LastError, IReadOnlyList<DeliveryLogAttempt> Attempts);
