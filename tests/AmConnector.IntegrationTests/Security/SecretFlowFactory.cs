using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.IntegrationTests.Telemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace AmConnector.IntegrationTests.Security;

/// <summary>
/// The server with demo data, every log of every category captured at Trace level, webhook
/// receivers allowed on 127.0.0.1, and OpenTelemetry on (in-memory), so spans are scanned too.
/// </summary>
public sealed class SecretFlowFactory : AmConnectorFactory
{
    public CapturedLogs Logs { get; } = new();

    public ExportedTelemetry Exported { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("AmConnector:Webhooks:AllowedPrivateHosts:0", "127.0.0.1"),
        new(ExportedTelemetry.EnableSetting, "true"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(Exported.AddExporters);
        // A rule for this provider beats appsettings' category rules ("Microsoft.AspNetCore": Warning).
        builder.ConfigureLogging(logging => logging
            .AddProvider(Logs)
            .SetMinimumLevel(LogLevel.Trace)
            .AddFilter<CapturedLogs>(null, LogLevel.Trace));
    }
}
