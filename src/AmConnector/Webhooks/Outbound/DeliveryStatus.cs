namespace AmConnector.Webhooks.Outbound;

/// <summary>Where one message stands with one endpoint.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<DeliveryStatus>))]
public enum DeliveryStatus
{
    /// <summary>Waiting for its (next) attempt at <see cref="WebhookDelivery.NextAttemptAt"/>.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Retries exhausted, the receiver is gone (410), or the endpoint was disabled; a replay makes it Pending again.</summary>
    Failed,
}
