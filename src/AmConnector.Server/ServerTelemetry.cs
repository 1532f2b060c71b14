using System.Diagnostics;
using System.Text.RegularExpressions;
using AmConnector;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AmConnector.Server;

/// <summary>
/// OpenTelemetry for the standalone server: ASP.NET Core, HttpClient, EF Core and runtime
/// instrumentation plus AmConnector's own sources and meters, exported over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (<see cref="TelemetryOptions"/>). No body, header or
/// API key is recorded: the instrumentations record no headers or bodies unless told to, query
/// values are redacted by default, and the <c>api_key</c> parameter is redacted again by name here,
/// so it stays out even when a site turns that default off (OTEL_DOTNET_EXPERIMENTAL_*_DISABLE_URL_QUERY_REDACTION).
/// </summary>
internal static partial class ServerTelemetry
{
    /// <summary>The query parameter Power BI sends the read-only key in (design.md, fixed contracts).</summary>
    private const string ApiKeyParameter = "api_key";

    public static WebApplicationBuilder AddServerTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var settings = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = !string.IsNullOrWhiteSpace(configuration[TelemetryOptions.OtlpEndpointKey]);
        if (!otlp && !settings.Enabled)
        {
            // No SDK at all: StartActivity returns null and instruments record to no one.
            return builder;
        }

        var serviceName = configuration[TelemetryOptions.ServiceNameKey] is { Length: > 0 } name ? name : TelemetryOptions.DefaultServiceName;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceVersion: typeof(AmConnectorTelemetry).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    options.RecordException = false;
                    options.EnrichWithHttpRequest = (activity, _) => RedactApiKey(activity, "url.query");
                })
                .AddHttpClientInstrumentation(options =>
                {
                    options.RecordException = false;
                    options.EnrichWithHttpRequestMessage = (activity, _) => RedactApiKey(activity, "url.full");
                })
                // Statements are parameterised SQL; parameter values are not recorded (the default).
                .AddEntityFrameworkCoreInstrumentation()
                .AddAmConnectorInstrumentation())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                // EF Core's own meter (10.0): queries, saves, the context pool.
                .AddMeter("Microsoft.EntityFrameworkCore")
                .AddAmConnectorInstrumentation());

        if (otlp)
        {
            // Logs go to the collector too, beside the console; the redaction that keeps secrets out of
            // the console (TokenRedactingLogger and the rest) applies to every provider alike.
            telemetry.WithLogging(_ => { }, options => options.IncludeFormattedMessage = true);
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Replaces the value of every <c>api_key</c> parameter in the tag, if the tag holds one.</summary>
    internal static void RedactApiKey(Activity activity, string tag)
    {
        if (activity.GetTagItem(tag) is string value && value.Contains(ApiKeyParameter, StringComparison.OrdinalIgnoreCase))
        {
            activity.SetTag(tag, ApiKeyValue().Replace(value, "${name}=Redacted"));
        }
    }

    [GeneratedRegex(@"(?<=[?&]|^)(?<name>api_key)=[^&#]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApiKeyValue();
}
