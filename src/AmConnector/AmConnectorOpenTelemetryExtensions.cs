using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AmConnector;

/// <summary>
/// For a host that already runs the OpenTelemetry SDK: adds AmConnector's spans and meters to its
/// providers. Only the OpenTelemetry API is referenced, so the plugin brings no SDK or exporter of
/// its own; the host keeps its choice of both. HTTP and EF Core spans come from the host's own
/// ASP.NET Core, HttpClient and EF Core instrumentation, as for any other part of the host.
/// </summary>
public static class AmConnectorOpenTelemetryExtensions
{
    /// <summary>Adds the <see cref="AmConnectorTelemetry.ActivitySourceName"/> source: inbound events, outbound deliveries, host-QMS jobs.</summary>
    public static TracerProviderBuilder AddAmConnectorInstrumentation(this TracerProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddSource(AmConnectorTelemetry.ActivitySourceName);
    }

    /// <summary>Adds every meter in <see cref="AmConnectorTelemetry.MeterNames"/>.</summary>
    public static MeterProviderBuilder AddAmConnectorInstrumentation(this MeterProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddMeter([.. AmConnectorTelemetry.MeterNames]);
    }
}
