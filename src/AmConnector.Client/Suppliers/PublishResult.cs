using System.Net;
using System.Text.Json;

namespace AmConnector.Client.Suppliers;

/// <summary>
/// AmConnector's answer to a published event: <c>202</c> once the event and its effect are
/// committed, <c>200</c> with the same answer for a repeat (<see cref="IsRepeat"/>). A site that
/// acknowledges on store (its <c>SupplierWebhooks:Acknowledge</c> is <c>OnStore</c>, ADR-020) answers
/// <c>202</c> once the event is stored: <see cref="Result"/> is then undefined, and the outcome
/// (applied, or refused with its problem) is read from <c>GET /webhooks/suppliers/{code}/events/{id}</c>.
/// </summary>
public sealed record PublishResult(
    HttpStatusCode StatusCode, string WebhookId, Guid InboundEventId, string Type, string CloudEventId, DateTimeOffset ReceivedAt, JsonElement Result)
{
    /// <summary>True when AmConnector had this webhook id or CloudEvent id already: nothing changed.</summary>
    public bool IsRepeat => StatusCode == HttpStatusCode.OK;
}
