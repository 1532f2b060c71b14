namespace AmConnector.Server;

/// <summary>
/// The <c>Telemetry</c> section of the standalone server. The OpenTelemetry SDK runs when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (then everything goes to that collector), or when
/// <see cref="Enabled"/> is true; otherwise it is not registered at all, and AmConnector's sources
/// and meters have no listener.
/// </summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The standard variable that names the collector; every other <c>OTEL_*</c> variable is the SDK's to read.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string ServiceNameKey = "OTEL_SERVICE_NAME";

    public const string DefaultServiceName = "amconnector";

    /// <summary>
    /// Runs the SDK without an OTLP endpoint, for an exporter added in code: the integration tests'
    /// in-memory exporter, or a host that adds its own through <c>ConfigureOpenTelemetryTracerProvider</c>.
    /// </summary>
    public bool Enabled { get; set; }
}
