using System.Diagnostics;
using AmConnector.HostSystems;
using AmConnector.Webhooks.Outbound;

namespace AmConnector;

/// <summary>
/// The names under which AmConnector publishes its own traces and metrics, for a host that wires
/// OpenTelemetry (or any other listener) itself. <see cref="AmConnectorOpenTelemetryExtensions"/>
/// adds them to an OpenTelemetry SDK in one call.
/// </summary>
public static class AmConnectorTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> of the spans for inbound events, outbound delivery attempts and host-QMS jobs.</summary>
    public const string ActivitySourceName = "AmConnector";

    /// <summary>Every meter AmConnector creates: webhooks (inbound and outbound) and host-QMS calls.</summary>
    public static IReadOnlyList<string> MeterNames { get; } = [WebhookMetrics.MeterName, HostQmsMetrics.MeterName];

    /// <summary>
    /// Static, as ActivitySources are meant to be: with no listener (no SDK, or ours not added),
    /// <see cref="ActivitySource.StartActivity(string, ActivityKind)"/> returns null and costs next to nothing.
    /// </summary>
    internal static ActivitySource Source { get; } = new(ActivitySourceName, typeof(AmConnectorTelemetry).Assembly.GetName().Version?.ToString());
}
