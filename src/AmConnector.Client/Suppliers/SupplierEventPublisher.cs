using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AmConnector.Client.Json;
using AmConnector.Client.Suppliers.Events;
using Microsoft.Extensions.Options;
using Refit;
using StandardWebhooks;

namespace AmConnector.Client.Suppliers;

/// <summary>
/// Publishes a supplier's events: each is a CloudEvent 1.0 in structured JSON mode, signed with the
/// official Standard Webhooks signer under <see cref="AmConnectorClientOptions.SupplierWebhookSecret"/>.
/// A refusal (400, 401, 403, 404, 409, 413, 422) throws Refit's <see cref="ApiException"/> with the
/// problem details. To resend after a lost answer, pass the same <c>eventId</c>: AmConnector answers
/// the repeat with 200 and the first answer, and stores nothing twice.
/// </summary>
public sealed class SupplierEventPublisher
{
    private const string JsonContentType = "application/json";
    private const string XmlContentType = "application/xml";

    private readonly ISupplierEventsApi _api;
    private readonly IOptions<AmConnectorClientOptions> _options;
    private readonly TimeProvider _clock;

    internal SupplierEventPublisher(ISupplierEventsApi api, IOptions<AmConnectorClientOptions> options, TimeProvider clock)
    {
        _api = api;
        _options = options;
        _clock = clock;
    }

    public Task<PublishResult> PublishChangeNoticeAsync(ChangeNoticeDetails notice, string? eventId = null, CancellationToken cancellationToken = default) =>
        PublishAsync(SupplierEventTypes.ChangeNoticePublished, notice, ClientJsonContext.Default.ChangeNoticeDetails, Subject(notice?.SupplierReference), eventId, cancellationToken);

    public Task<PublishResult> ReviseChangeNoticeAsync(ChangeNoticeDetails notice, string? eventId = null, CancellationToken cancellationToken = default) =>
        PublishAsync(SupplierEventTypes.ChangeNoticeRevised, notice, ClientJsonContext.Default.ChangeNoticeDetails, Subject(notice?.SupplierReference), eventId, cancellationToken);

    public Task<PublishResult> WithdrawChangeNoticeAsync(ChangeNoticeWithdrawal withdrawal, string? eventId = null, CancellationToken cancellationToken = default) =>
        PublishAsync(SupplierEventTypes.ChangeNoticeWithdrawn, withdrawal, ClientJsonContext.Default.ChangeNoticeWithdrawal, Subject(withdrawal?.SupplierReference), eventId, cancellationToken);

    public Task<PublishResult> IssueCoaAsync(CoaIssued coa, string? eventId = null, CancellationToken cancellationToken = default) =>
        PublishAsync(SupplierEventTypes.CoaIssued, coa, ClientJsonContext.Default.CoaIssued, coa is null ? null : $"coa/{coa.DocumentNumber}", eventId, cancellationToken);

    /// <summary>
    /// <c>am.coa.issued</c> carrying an ASTM E3077 CoA document as it is (ADR-014): the XML travels as the
    /// CloudEvent's <c>data</c> string with <c>datacontenttype: application/xml</c>, and AmConnector maps and
    /// judges it like the JSON form; a problem in the document is a 422 naming its XML location.
    /// </summary>
    public Task<PublishResult> IssueCoaXmlAsync(string xml, string? eventId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(xml);
        return PublishAsync(SupplierEventTypes.CoaIssued, xml, ClientJsonContext.Default.String, null, eventId, cancellationToken, XmlContentType);
    }

    public Task<PublishResult> RecallLotAsync(LotRecall recall, string? eventId = null, CancellationToken cancellationToken = default) =>
        PublishAsync(SupplierEventTypes.LotRecalled, recall, ClientJsonContext.Default.LotRecall, recall is null ? null : $"lots/{recall.CatalogueNumber}/{recall.LotNumber}", eventId, cancellationToken);

    public Task<PublishResult> UpdateProductInformationAsync(ProductInformationUpdate update, string? eventId = null, CancellationToken cancellationToken = default) =>
        PublishAsync(SupplierEventTypes.ProductInformationUpdated, update, ClientJsonContext.Default.ProductInformationUpdate, update is null ? null : $"materials/{update.CatalogueNumber}", eventId, cancellationToken);

    /// <summary><c>am.test</c>: checks the publisher's setup (secret, clock, network) without any business effect.</summary>
    public Task<PublishResult> SendTestAsync(string? message = null, CancellationToken cancellationToken = default) =>
        PublishAsync(SupplierEventTypes.Test, new PublisherTest { Message = message }, ClientJsonContext.Default.PublisherTest, null, null, cancellationToken);

    /// <summary>Any type with data already in JSON, for types newer than this SDK.</summary>
    public Task<PublishResult> PublishAsync(string type, JsonElement data, string? subject = null, string? eventId = null, CancellationToken cancellationToken = default) =>
        PublishAsync(type, data, ClientJsonContext.Default.JsonElement, subject, eventId, cancellationToken);

    private async Task<PublishResult> PublishAsync<T>(
        string type, T data, JsonTypeInfo<T> typeInfo, string? subject, string? eventId, CancellationToken cancellationToken, string contentType = JsonContentType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentNullException.ThrowIfNull(data);
        var options = _options.Value;
        var supplier = options.SupplierCode;
        var secret = options.SupplierWebhookSecret;
        if (string.IsNullOrWhiteSpace(supplier) || string.IsNullOrWhiteSpace(secret))
        {
            throw new InvalidOperationException("Publishing needs AmConnectorClientOptions.SupplierCode and SupplierWebhookSecret.");
        }

        var now = _clock.GetUtcNow();
        var body = Envelope(type, data, typeInfo, eventId ?? Guid.NewGuid().ToString(), options.EventSource ?? $"urn:supplier:{supplier}:publisher", subject, now, contentType);
        // The webhook id is derived from the event id, so a resend of the same event is recognised either way.
        var webhookId = "msg_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(supplier + "\n" + (eventId ?? body))))[..32];
        var signature = new StandardWebhook(secret).Sign(webhookId, now, body);
        using var content = new StringContent(body, Encoding.UTF8, "application/cloudevents+json");
        using var response = await _api.PostAsync(
            supplier, webhookId, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), signature, content, cancellationToken);
        await response.EnsureSuccessStatusCodeAsync();
        var answer = response.Content ?? throw new InvalidOperationException($"AmConnector answered {(int?)response.StatusCode} without a body.");
        return new PublishResult(response.StatusCode.GetValueOrDefault(HttpStatusCode.Accepted), webhookId,
            answer.InboundEventId, answer.Type, answer.CloudEventId, answer.ReceivedAt, answer.Result);
    }

    private static string Envelope<T>(string type, T data, JsonTypeInfo<T> typeInfo, string id, string source, string? subject, DateTimeOffset time, string contentType)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("specversion", "1.0");
            json.WriteString("id", id);
            json.WriteString("source", source);
            json.WriteString("type", type);
            if (subject is not null)
            {
                json.WriteString("subject", subject);
            }

            json.WriteString("time", time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("datacontenttype", contentType);
            json.WritePropertyName("data");
            JsonSerializer.Serialize(json, data, typeInfo);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string? Subject(string? supplierReference) => supplierReference is null ? null : $"change-notices/{supplierReference}";
}
