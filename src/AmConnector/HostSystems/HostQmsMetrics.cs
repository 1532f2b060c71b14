using System.Diagnostics.Metrics;

namespace AmConnector.HostSystems;

/// <summary>Meter <c>AmConnector.HostQms</c>: calls to the host by operation and outcome, and token requests.</summary>
internal sealed class HostQmsMetrics
{
    public const string MeterName = "AmConnector.HostQms";

    private readonly Counter<long> _calls;
    private readonly Counter<long> _failures;
    private readonly Counter<long> _tokens;

    public HostQmsMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _calls = meter.CreateCounter<long>("amconnector.host_qms.calls", description: "Calls to the host QMS, by job kind and outcome (done, retry, failed).");
        _failures = meter.CreateCounter<long>("amconnector.host_qms.failures", description: "Calls to the host QMS that did not succeed, by job kind and whether they will be tried again.");
        _tokens = meter.CreateCounter<long>("amconnector.host_qms.token_requests", description: "Requests to the host QMS token endpoint, by success.");
    }

    public void Called(HostQmsJobKind kind, string outcome)
    {
        _calls.Add(1, new("kind", kind.ToString()), new("outcome", outcome));
        if (outcome != "done")
        {
            _failures.Add(1, new("kind", kind.ToString()), new("retry", outcome == "retry"));
        }
    }

    public void TokenRequested(bool success) => _tokens.Add(1, new KeyValuePair<string, object?>("success", success));
}
