using System.Text;
using System.Text.Json;
using AmConnector.Outbox;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// A message as a CloudEvent 1.0 in structured JSON mode. The <c>data</c> is the stored JSON
/// written through verbatim, so what was validated against the event's schema is what is sent.
/// </summary>
internal static class CloudEventBody
{
    public const string MediaType = "application/cloudevents+json";

    public static string Serialize(OutboxMessage message, string source)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("specversion", "1.0");
            json.WriteString("id", message.Id.ToString("D"));
            json.WriteString("source", source);
            json.WriteString("type", message.Type);
            if (!string.IsNullOrEmpty(message.Subject))
            {
                json.WriteString("subject", message.Subject);
            }

            json.WriteString("time", message.OccurredAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("datacontenttype", "application/json");
            if (!string.IsNullOrEmpty(message.CorrelationId))
            {
                // An extension attribute: the W3C trace id of the request that caused the event.
                json.WriteString("correlationid", message.CorrelationId);
            }

            json.WritePropertyName("data");
            json.WriteRawValue(string.IsNullOrWhiteSpace(message.Data) ? "{}" : message.Data, skipInputValidation: false);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
