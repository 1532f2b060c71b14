using System.Diagnostics.Metrics;
using AmConnector.Webhooks.Outbound;

namespace AmConnector.Webhooks.Inbound;

/// <summary>Supplier events received, on the same meter as outbound delivery (<c>AmConnector.Webhooks</c>).</summary>
internal sealed class InboundWebhookMetrics
{
    private readonly Counter<long> _received;

    public InboundWebhookMetrics(IMeterFactory meters, InboundBacklog backlog)
    {
        var meter = meters.Create(WebhookMetrics.MeterName);
        _received = meter.CreateCounter<long>("amconnector.webhooks.inbound", description: "Supplier events received, by supplier, type and the status answered.");
        // Acknowledged on store (ADR-020): what is stored and not yet applied. Alert when it only grows.
        meter.CreateObservableGauge("amconnector.webhooks.inbound.pending", () => backlog.Count, unit: "{event}",
            description: "Supplier events stored and acknowledged but not yet applied.");
    }

    public void Received(InboundReceipt receipt, int status) => _received.Add(
        1,
        new KeyValuePair<string, object?>("supplier", receipt.SupplierCode ?? "unknown"),
        new KeyValuePair<string, object?>("type", receipt.Type ?? "unknown"),
        new KeyValuePair<string, object?>("status", status));
}
