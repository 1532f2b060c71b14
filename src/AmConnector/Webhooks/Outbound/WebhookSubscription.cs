using AmConnector.Outbox;

namespace AmConnector.Webhooks.Outbound;

/// <summary>Which messages an endpoint receives.</summary>
internal static class WebhookSubscription
{
    /// <summary>The only types a supplier's own endpoint receives: what the site tells it about its notices.</summary>
    public static IReadOnlyList<string> SupplierEventTypes { get; } = [EventTypes.ChangeNoticeAcknowledged, EventTypes.ChangeNoticeInformationRequested];

    /// <summary>Types a site endpoint may subscribe to (a test event is addressed, never subscribed).</summary>
    public static IReadOnlyList<string> SiteEventTypes { get; } = [.. EventTypes.All.Where(t => t != EventTypes.WebhookTest)];

    public static bool Matches(WebhookEndpoint endpoint, OutboxMessage message)
    {
        if (!endpoint.Enabled || message.Type == EventTypes.WebhookTest)
        {
            return false;
        }

        if (endpoint.OwnerSupplierCode is { } owner &&
            (!SupplierEventTypes.Contains(message.Type) || !string.Equals(message.SupplierCode, owner, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return (endpoint.EventTypes.Count == 0 || endpoint.EventTypes.Contains(message.Type, StringComparer.Ordinal))
            && (endpoint.SupplierCodes.Count == 0 || message.SupplierCode is { } supplier && endpoint.SupplierCodes.Contains(supplier, StringComparer.OrdinalIgnoreCase))
            && (endpoint.CatalogueNumbers.Count == 0 || message.CatalogueNumber is { } catalogue && endpoint.CatalogueNumbers.Contains(catalogue, StringComparer.OrdinalIgnoreCase));
    }
}
