using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AmConnector.IntegrationTests.Hosting;

/// <summary>
/// The standalone server's OpenTelemetry switch: with OTEL_EXPORTER_OTLP_ENDPOINT the SDK runs and
/// exports traces, metrics and logs over OTLP; without it the SDK is not there at all. Nothing is
/// sent: the services are inspected, and the endpoint is a loopback port nobody listens on.
/// </summary>
public sealed class TelemetryHostingTests
{
    [Fact]
    public async Task With_an_otlp_endpoint_the_server_exports_traces_metrics_and_logs_over_otlp_under_its_service_name()
    {
        await using var factory = new OtlpFactory(new()
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9",
            ["OTEL_EXPORTER_OTLP_TIMEOUT"] = "1000",
            ["OTEL_SERVICE_NAME"] = "amconnector-site-a",
        });
        _ = factory.Server;

        var services = factory.Services;
        var tracing = services.GetRequiredService<TracerProvider>();
        Assert.NotNull(services.GetService<MeterProvider>());
        Assert.NotNull(services.GetService<LoggerProvider>());
        var otlp = factory.Registered.Where(d => FromOtlpExporter(d)).ToList();
        Assert.NotEmpty(otlp);
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<OtlpExporterOptions>>();
        Assert.Equal(new Uri("http://127.0.0.1:9"), options.CurrentValue.Endpoint);
        Assert.Contains(tracing.GetResource().Attributes, a => a.Key == "service.name" && Equals(a.Value, "amconnector-site-a"));
    }

    [Fact]
    public async Task Without_an_otlp_endpoint_the_sdk_is_not_registered()
    {
        await using var factory = new OtlpFactory([]);
        _ = factory.Server;

        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
        Assert.DoesNotContain(factory.Registered, FromOtlpExporter);
    }

    private static bool FromOtlpExporter(ServiceDescriptor descriptor) =>
        new[] { descriptor.ServiceType, descriptor.ImplementationType, descriptor.ImplementationInstance?.GetType(), descriptor.ImplementationFactory?.Method.DeclaringType }
            .Any(t => t?.Assembly == typeof(OtlpExporterOptions).Assembly);

    private sealed class OtlpFactory(Dictionary<string, string> settings) : AmConnectorFactory
    {
        public IReadOnlyList<ServiceDescriptor> Registered { get; private set; } = [];

        protected override bool SeedDemoData => false;

        protected override IEnumerable<KeyValuePair<string, string>> Settings => settings;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => Registered = [.. services]);
        }
    }
}
