using AmConnector.Data;
using AmConnector.Suppliers;

namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// What a handler works with: the request's context (whose next save also writes the inbox row, in
/// one transaction), the verified sender and the event. Handlers add changes; they never save.
/// </summary>
internal sealed record InboundEventContext(AmConnectorDbContext Db, Supplier Supplier, CloudEventEnvelope Event, DateTimeOffset ReceivedAt)
{
    /// <summary>The event's data as the payload type of its handler; the schema has already been checked.</summary>
    public T Data<T>() => System.Text.Json.JsonSerializer.Deserialize<T>(Event.Data, InboundJson.Options)
        ?? throw new System.Text.Json.JsonException("data is null.");
}
