using System.Text.Json;

namespace AmConnector.Client.Suppliers;

/// <summary>The body of AmConnector's 200/202 to a supplier event.</summary>
internal sealed record PublishAnswer(Guid InboundEventId, string Type, string CloudEventId, DateTimeOffset ReceivedAt, JsonElement Result);
