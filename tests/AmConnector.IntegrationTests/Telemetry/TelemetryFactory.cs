using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace AmConnector.IntegrationTests.Telemetry;

/// <summary>The server with demo data and the OpenTelemetry SDK on, exporting into <see cref="Exported"/>.</summary>
public sealed class TelemetryFactory : AmConnectorFactory
{
    public ExportedTelemetry Exported { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new(ExportedTelemetry.EnableSetting, "true")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(Exported.AddExporters);
    }
}
