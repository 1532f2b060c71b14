using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AmConnector.IntegrationTests.Telemetry;

/// <summary>
/// The OpenTelemetry in-memory exporters, added to the server's own tracer and meter providers (the
/// server runs the SDK with <c>Telemetry:Enabled</c>). Listeners are process-wide, so other tests'
/// hosts show up here too: tests pick their own spans by an id or a unique value.
/// </summary>
public sealed class ExportedTelemetry
{
    public const string EnableSetting = "Telemetry:Enabled";

    public LockedCollection<Activity> Activities { get; } = new();

    public LockedCollection<Metric> Metrics { get; } = new();

    public void AddExporters(IServiceCollection services)
    {
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Activities));
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
    }

    /// <summary>Everything ended so far, exported now (metrics are otherwise read periodically).</summary>
    public static void Flush(IServiceProvider services)
    {
        services.GetRequiredService<TracerProvider>().ForceFlush();
        services.GetRequiredService<MeterProvider>().ForceFlush();
    }

    /// <summary>
    /// The spans ended so far, once <paramref name="ready"/> holds for them (or after 5 s, for the
    /// assertions to say what is missing): a server span ends after its response reached the client.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> SpansAsync(IServiceProvider services, Func<IReadOnlyList<Activity>, bool> ready)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            Flush(services);
            var spans = Activities.Snapshot();
            if (ready(spans) || DateTime.UtcNow > deadline)
            {
                return spans;
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Every tag value of every span, as text.</summary>
    public IEnumerable<(Activity Span, string Key, string Value)> Tags() =>
        Activities.Snapshot().SelectMany(a => a.TagObjects.Select(t => (a, t.Key, Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "")));
}
