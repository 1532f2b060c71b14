using System.Diagnostics.Metrics;
using AmConnector.Webhooks.Inbound;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.Tests.Webhooks.Inbound;

/// <summary>Operators see how many acknowledged events wait to be applied (ADR-020).</summary>
public sealed class InboundBacklogMetricTests
{
    [Fact]
    public void The_pending_gauge_reports_the_backlog_as_the_writer_leaves_it()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var backlog = new InboundBacklog();
        _ = new InboundWebhookMetrics(services.GetRequiredService<IMeterFactory>(), backlog);
        var observed = new List<int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "amconnector.webhooks.inbound.pending")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, value, _, _) => observed.Add(value));
        listener.Start();

        backlog.Add(Guid.NewGuid());
        backlog.Add(Guid.NewGuid());
        backlog.Add(Guid.NewGuid());
        listener.RecordObservableInstruments();
        backlog.Settle(2);
        listener.RecordObservableInstruments();

        Assert.Equal([3, 1], observed);
    }
}
