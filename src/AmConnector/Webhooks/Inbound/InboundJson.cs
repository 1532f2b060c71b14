using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmConnector.Webhooks.Inbound;

/// <summary>JSON of suppliers' events: camelCase, enums by name.</summary>
internal static class InboundJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
