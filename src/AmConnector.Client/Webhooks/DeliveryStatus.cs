using System.Text.Json.Serialization;

namespace AmConnector.Client.Webhooks;

/// <summary>Where one message stands with one endpoint.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeliveryStatus>))]
public enum DeliveryStatus
{
    /// <summary>Waiting for its (next) attempt.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Retries exhausted, the receiver is gone (410), or the endpoint was disabled; a replay makes it Pending again.</summary>
    Failed,
}
