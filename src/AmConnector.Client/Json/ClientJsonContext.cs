using System.Text.Json;
using System.Text.Json.Serialization;
using AmConnector.Client.Authentication;
using AmConnector.Client.Lims;
using AmConnector.Client.Receiving.Events;
using AmConnector.Client.Suppliers;
using AmConnector.Client.Suppliers.Events;
using AmConnector.Client.Webhooks;

namespace AmConnector.Client.Json;

/// <summary>
/// Source-generated JSON for every body the SDK sends or reads (Refit 16's generated clients want a
/// context). Web defaults: camelCase out, case-insensitive in, since OData answers in PascalCase and
/// the REST endpoints in camelCase; null members are left out, as the event schemas forbid nulls.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TokenAnswer))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(LotUsability))]
[JsonSerializable(typeof(UsabilityCheckRequest))]
[JsonSerializable(typeof(ODataPage<LotUsability>))]
[JsonSerializable(typeof(ODataPage<Lot>))]
[JsonSerializable(typeof(ODataPage<ChangeNotice>))]
[JsonSerializable(typeof(List<InboundEventSummary>))]
[JsonSerializable(typeof(PublishAnswer))]
[JsonSerializable(typeof(ChangeNoticeDetails))]
[JsonSerializable(typeof(ChangeNoticeWithdrawal))]
[JsonSerializable(typeof(CoaIssued))]
[JsonSerializable(typeof(LotRecall))]
[JsonSerializable(typeof(ProductInformationUpdate))]
[JsonSerializable(typeof(PublisherTest))]
[JsonSerializable(typeof(WebhookEndpointRequest))]
[JsonSerializable(typeof(WebhookEndpoint))]
[JsonSerializable(typeof(List<WebhookEndpoint>))]
[JsonSerializable(typeof(CreatedWebhookEndpoint))]
[JsonSerializable(typeof(RotatedWebhookSecret))]
[JsonSerializable(typeof(TestEventAccepted))]
[JsonSerializable(typeof(ReplayResult))]
[JsonSerializable(typeof(DeliveryLogPage))]
[JsonSerializable(typeof(DeliveryLogEntry))]
[JsonSerializable(typeof(LotStatusChanged))]
[JsonSerializable(typeof(LotHoldChanged))]
[JsonSerializable(typeof(ChangeNoticeReceived))]
[JsonSerializable(typeof(ChangeNoticeAssessed))]
[JsonSerializable(typeof(ChangeNoticeAcknowledged))]
[JsonSerializable(typeof(ChangeNoticeInformationRequested))]
[JsonSerializable(typeof(CoaReceived))]
[JsonSerializable(typeof(CoaOutOfSpecification))]
[JsonSerializable(typeof(CertificateExpiring))]
[JsonSerializable(typeof(RequalificationRequired))]
[JsonSerializable(typeof(RiskReclassified))]
[JsonSerializable(typeof(WebhookTest))]
[JsonSerializable(typeof(WebhookEndpointDisabled))]
internal sealed partial class ClientJsonContext : JsonSerializerContext;
