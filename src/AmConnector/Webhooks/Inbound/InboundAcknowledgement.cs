namespace AmConnector.Webhooks.Inbound;

/// <summary>When a supplier's event is answered 202 (<see cref="SupplierWebhookOptions.Acknowledge"/>, ADR-020).</summary>
public enum InboundAcknowledgement
{
    /// <summary>Once its change is committed: the answer carries the result, or the refusal.</summary>
    OnApply,

    /// <summary>Once the verified event is stored: it is applied afterwards, in order, and its result read back.</summary>
    OnStore,
}
