using System.Diagnostics;
using AmConnector.IntegrationTests.Webhooks.Outbound;
using AmConnector.Outbox;
using AmConnector.Telemetry;

namespace AmConnector.IntegrationTests.Telemetry;

/// <summary>An outbound delivery attempt is our span around the HTTP call, and our meters report it.</summary>
public sealed class DeliveryTracingTests
{
    [Fact]
    public async Task A_delivery_attempt_is_a_span_with_its_endpoint_event_type_webhook_id_and_status_around_the_http_call()
    {
        var exported = new ExportedTelemetry();
        await using var factory = new WebhookFactory(settings: new Dictionary<string, string> { [ExportedTelemetry.EnableSetting] = "true" }, services: exported.AddExporters);
        using var receiver = new Receiver(200);
        var (endpointId, _) = await factory.RegisterAsync(receiver.Url);
        var messageId = await factory.PublishAsync();

        await factory.DispatchAsync();
        ExportedTelemetry.Flush(factory.Services);

        var received = Assert.Single(receiver.Requests);
        var spans = exported.Activities.Snapshot();
        var delivery = Assert.Single(spans, a => a.OperationName == TelemetryTags.OutboundSpan && Equals(a.GetTagItem(TelemetryTags.EndpointId), endpointId.ToString("D")));
        Assert.Equal(Receiver.Header(received, "webhook-id"), delivery.GetTagItem(TelemetryTags.WebhookId));
        Assert.Equal(EventTypes.LotStatusChanged, delivery.GetTagItem(TelemetryTags.EventType));
        Assert.Equal(messageId.ToString("D"), delivery.GetTagItem(TelemetryTags.EventId));
        Assert.Equal(200, delivery.GetTagItem(TelemetryTags.StatusCode));
        Assert.Equal(1, delivery.GetTagItem(TelemetryTags.Attempt));
        Assert.Equal("delivered", delivery.GetTagItem(TelemetryTags.Outcome));
        Assert.NotEqual(ActivityStatusCode.Error, delivery.Status);
        var call = Assert.Single(spans, a => a.ParentSpanId == delivery.SpanId && a.Kind == ActivityKind.Client && a.GetTagItem("http.request.method") is "POST");
        Assert.Equal(200, call.GetTagItem("http.response.status_code"));
        Assert.Contains(spans, a => a.ParentSpanId == delivery.SpanId && a.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_attempt_is_an_error_span_and_our_meters_report_attempts_failures_and_durations()
    {
        var exported = new ExportedTelemetry();
        await using var factory = new WebhookFactory(settings: new Dictionary<string, string> { [ExportedTelemetry.EnableSetting] = "true" }, services: exported.AddExporters);
        using var receiver = new Receiver(503);
        var (endpointId, _) = await factory.RegisterAsync(receiver.Url);
        await factory.PublishAsync();

        await factory.DispatchAsync();
        ExportedTelemetry.Flush(factory.Services);

        var delivery = Assert.Single(exported.Activities.Snapshot(), a => a.OperationName == TelemetryTags.OutboundSpan && Equals(a.GetTagItem(TelemetryTags.EndpointId), endpointId.ToString("D")));
        Assert.Equal(ActivityStatusCode.Error, delivery.Status);
        Assert.Equal(503, delivery.GetTagItem(TelemetryTags.StatusCode));
        Assert.Equal("retry", delivery.GetTagItem(TelemetryTags.Outcome));
        var instruments = exported.Metrics.Snapshot().Select(m => m.Name).ToHashSet();
        Assert.Contains("amconnector.webhooks.attempts", instruments);
        Assert.Contains("amconnector.webhooks.failures", instruments);
        Assert.Contains("amconnector.webhooks.attempt.duration", instruments);
        Assert.Contains("http.client.request.duration", instruments);
        Assert.Contains("http.server.request.duration", instruments);
    }
}
