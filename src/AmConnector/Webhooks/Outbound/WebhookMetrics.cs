using System.Diagnostics.Metrics;

namespace AmConnector.Webhooks.Outbound;

/// <summary>The meter <c>AmConnector.Webhooks</c>: what an operator graphs and alerts on.</summary>
internal sealed class WebhookMetrics
{
    public const string MeterName = "AmConnector.Webhooks";

    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _attempts;
    private readonly Counter<long> _failures;
    private readonly Counter<long> _disabled;
    private readonly Histogram<double> _lag;
    private readonly Histogram<double> _duration;

    public WebhookMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _deliveries = meter.CreateCounter<long>("amconnector.webhooks.deliveries", description: "Deliveries that reached their receiver (2xx).");
        _attempts = meter.CreateCounter<long>("amconnector.webhooks.attempts", description: "HTTP attempts, by outcome.");
        _failures = meter.CreateCounter<long>("amconnector.webhooks.failures", description: "Failed attempts, and deliveries given up (reason=exhausted).");
        _disabled = meter.CreateCounter<long>("amconnector.webhooks.endpoints_disabled", description: "Endpoints disabled by the dispatcher.");
        _lag = meter.CreateHistogram<double>("amconnector.webhooks.lag", unit: "s", description: "From the event's commit to its delivery.");
        _duration = meter.CreateHistogram<double>("amconnector.webhooks.attempt.duration", unit: "s", description: "How long one HTTP attempt took, by outcome.");
    }

    public void Attempt(string type, SendOutcome outcome)
    {
        var result = outcome.Succeeded ? "success" : "failure";
        _attempts.Add(1, new KeyValuePair<string, object?>("type", type), new KeyValuePair<string, object?>("outcome", result));
        _duration.Record(outcome.DurationMs / 1000, new KeyValuePair<string, object?>("type", type), new KeyValuePair<string, object?>("outcome", result));
        if (!outcome.Succeeded)
        {
            var reason = outcome.StatusCode is { } status ? $"http_{status / 100}xx" : "error";
            _failures.Add(1, new KeyValuePair<string, object?>("type", type), new KeyValuePair<string, object?>("reason", reason));
        }
    }

    public void Delivered(string type, TimeSpan lag)
    {
        _deliveries.Add(1, new KeyValuePair<string, object?>("type", type));
        _lag.Record(Math.Max(0, lag.TotalSeconds), new KeyValuePair<string, object?>("type", type));
    }

    public void GaveUp(string type) => _failures.Add(1, new KeyValuePair<string, object?>("type", type), new KeyValuePair<string, object?>("reason", "exhausted"));

    public void EndpointDisabled() => _disabled.Add(1);
}
