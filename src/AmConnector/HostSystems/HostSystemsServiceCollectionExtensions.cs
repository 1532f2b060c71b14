using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Refit;

namespace AmConnector.HostSystems;

internal static class HostSystemsServiceCollectionExtensions
{
    /// <summary>
    /// The host-QMS client and its jobs: the Refit client over the standard resilience handler and
    /// the token handler, the job writer, and the worker. Registered whether or not a host is
    /// configured; with none, the writer adds nothing and the worker does not run.
    /// </summary>
    public static IServiceCollection AddAmConnectorHostSystems(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AmConnectorOptions>, HostQmsOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton<HostQmsMetrics>();
        services.TryAddSingleton<HostQmsSignal>();
        services.TryAddSingleton<HostQmsTokenSource>();
        services.TryAddTransient<HostQmsTokenHandler>();
        services.TryAddSingleton<HostQmsJobWriter>();
        services.TryAddScoped<ChangeNotices.IHostChangeControlRequester, HostQmsChangeControlRequester>();
        services.TryAddScoped<HostQmsJobProcessor>();
        services.TryAddSingleton<HostQmsJobWorker>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, HostQmsJobWorker>(provider => provider.GetRequiredService<HostQmsJobWorker>()));

        // The token request is a POST without an Idempotency-Key: no resilience handler, so it is never
        // repeated by itself; a failed one makes the job wait for its next try.
        // Header values (the Basic credentials, the bearer token) are never logged, at any level.
        services.AddHttpClient(HostQmsTokenSource.HttpClientName, (provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<AmConnectorOptions>>().Value.HostQms.AttemptTimeout)
            .RedactLoggedHeaders(_ => true);

        // Resilience outermost, token innermost: each try carries a token that is fresh at that moment.
        var client = services.AddRefitGeneratedClient<IHostQmsApi>(HostQmsJsonContext.Default)
            .ConfigureHttpClient((provider, http) =>
            {
                if (provider.GetRequiredService<IOptions<AmConnectorOptions>>().Value.HostQms.BaseUrl is { } baseUrl)
                {
                    // A trailing slash keeps a base path (https://qms.example.com/api/) in front of the contract's paths.
                    http.BaseAddress = new Uri(baseUrl.ToString().TrimEnd('/') + "/");
                }

                // The resilience handler's own timeouts govern; HttpClient's 100 s would only cut them short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            });
        client.RedactLoggedHeaders(_ => true);
        client.AddStandardResilienceHandler()
            .Configure((resilience, provider) => Configure(resilience, provider.GetRequiredService<IOptions<AmConnectorOptions>>().Value.HostQms));
        client.AddHttpMessageHandler<HostQmsTokenHandler>();
        return services;
    }

    /// <summary>The standard handler, with retries only for calls that may be repeated (<see cref="HostQmsRetryPolicy"/>).</summary>
    internal static void Configure(HttpStandardResilienceOptions resilience, HostQmsOptions settings)
    {
        resilience.Retry.ShouldHandle = HostQmsRetryPolicy.ShouldRetry;
        resilience.Retry.MaxRetryAttempts = settings.CallRetries;
        resilience.Retry.Delay = settings.CallRetryDelay;
        resilience.AttemptTimeout.Timeout = settings.AttemptTimeout;
        resilience.TotalRequestTimeout.Timeout = settings.CallTimeout;
        // The circuit breaker's window must span at least two attempts (the handler validates it).
        var window = settings.AttemptTimeout * 2;
        resilience.CircuitBreaker.SamplingDuration = window > resilience.CircuitBreaker.SamplingDuration ? window : resilience.CircuitBreaker.SamplingDuration;
    }
}
