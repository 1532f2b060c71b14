using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using AmConnector.Webhooks.Outbound;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.Webhooks.Outbound;

/// <summary>The meter AmConnector.Webhooks counts attempts, failures and deliveries and records the lag.</summary>
public sealed class WebhookMetricsTests
{
    [Fact]
    public async Task Attempts_failures_deliveries_and_lag_are_measured()
    {
        await using var factory = new WebhookFactory();
        using var receiver = new Receiver(503);
        await factory.RegisterAsync(receiver.Url);
        var meterFactory = factory.Services.GetRequiredService<IMeterFactory>();
        var measured = new ConcurrentDictionary<string, double>();
        using var listener = new MeterListener
        {
            // Only this factory's meter: other tests' hosts publish the same meter name.
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == WebhookMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meterFactory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => measured.AddOrUpdate(instrument.Name, value, (_, v) => v + value));
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => measured.AddOrUpdate(instrument.Name, value, (_, v) => v + value));
        listener.Start();

        await factory.PublishAsync();
        await factory.DispatchAsync();
        receiver.Answer(200);
        factory.FakeClock.Advance(TimeSpan.FromSeconds(10));
        await factory.DispatchAsync();

        Assert.Equal(2, measured["amconnector.webhooks.attempts"]);
        Assert.Equal(1, measured["amconnector.webhooks.failures"]);
        Assert.Equal(1, measured["amconnector.webhooks.deliveries"]);
        Assert.InRange(measured["amconnector.webhooks.lag"], 9, 11);
    }
}
