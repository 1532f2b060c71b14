using System.Text.Json;

namespace AmConnector.Client.Receiving;

/// <summary>
/// A verified CloudEvent from AmConnector. <see cref="Data"/> is the typed record of its type
/// (e.g. <see cref="Events.LotStatusChanged"/>), so a host switches on it; for a type this SDK does
/// not know yet it is the raw <see cref="JsonElement"/>, which <see cref="RawData"/> always holds.
/// </summary>
public sealed record AmConnectorEvent(
    string Id,
    string Source,
    string Type,
    string? Subject,
    DateTimeOffset? Time,
    string? CorrelationId,
    string WebhookId,
    object Data,
    JsonElement RawData)
{
    /// <summary>True when <see cref="Data"/> is a typed record rather than raw JSON.</summary>
    public bool IsTyped => Data is not JsonElement;
}
