namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// What the receiver has established about an event so far, for its span and metrics. Each value
/// is set only once checked (a stored supplier, a verified signature, a known type), so nothing a
/// caller makes up becomes a tag, and no tag has unbounded values.
/// </summary>
internal sealed class InboundReceipt
{
    public string? SupplierCode { get; set; }

    public string? WebhookId { get; set; }

    public string? Type { get; set; }
}
