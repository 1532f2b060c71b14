using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AmConnector.Client.Json;

namespace AmConnector.Client.Receiving;

/// <summary>CloudEvent type → its data record; unknown types (and data that does not fit) stay raw JSON, so a newer server never breaks an older receiver.</summary>
internal static class EventDataParser
{
    private static readonly Dictionary<string, JsonTypeInfo> Types = new(StringComparer.Ordinal)
    {
        [AmConnectorEventTypes.LotStatusChanged] = ClientJsonContext.Default.LotStatusChanged,
        [AmConnectorEventTypes.LotHoldChanged] = ClientJsonContext.Default.LotHoldChanged,
        [AmConnectorEventTypes.ChangeNoticeReceived] = ClientJsonContext.Default.ChangeNoticeReceived,
        [AmConnectorEventTypes.ChangeNoticeAssessed] = ClientJsonContext.Default.ChangeNoticeAssessed,
        [AmConnectorEventTypes.ChangeNoticeAcknowledged] = ClientJsonContext.Default.ChangeNoticeAcknowledged,
        [AmConnectorEventTypes.ChangeNoticeInformationRequested] = ClientJsonContext.Default.ChangeNoticeInformationRequested,
        [AmConnectorEventTypes.CoaReceived] = ClientJsonContext.Default.CoaReceived,
        [AmConnectorEventTypes.CoaOutOfSpecification] = ClientJsonContext.Default.CoaOutOfSpecification,
        [AmConnectorEventTypes.CertificateExpiring] = ClientJsonContext.Default.CertificateExpiring,
        [AmConnectorEventTypes.RequalificationRequired] = ClientJsonContext.Default.RequalificationRequired,
        [AmConnectorEventTypes.RiskReclassified] = ClientJsonContext.Default.RiskReclassified,
        [AmConnectorEventTypes.WebhookTest] = ClientJsonContext.Default.WebhookTest,
        [AmConnectorEventTypes.WebhookEndpointDisabled] = ClientJsonContext.Default.WebhookEndpointDisabled,
    };

    public static IEnumerable<string> KnownTypes => Types.Keys;

    public static object Parse(string type, JsonElement data)
    {
        if (!Types.TryGetValue(type, out var info))
        {
            return data;
        }

        try
        {
            return data.Deserialize(info) ?? data;
        }
        catch (JsonException)
        {
            return data;
        }
    }
}
