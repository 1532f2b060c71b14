using AmConnector.Client.Authentication;
using AmConnector.Client.Json;
using AmConnector.Client.Lims;
using AmConnector.Client.Suppliers;
using AmConnector.Client.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Refit;

namespace AmConnector.Client;

public static class AmConnectorClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers the AmConnector clients: <see cref="ILimsApi"/>, <see cref="ISupplierApi"/>,
    /// <see cref="SupplierEventPublisher"/>, <see cref="IWebhookEndpointsApi"/> and <see cref="IWebhookDeliveriesApi"/>.
    /// Each call carries a cached client-credentials token (or the API key); safe calls are retried on
    /// transient failures, unsafe ones are not (a POST is never sent twice by the SDK itself).
    /// </summary>
    public static AmConnectorClientBuilder AddAmConnectorClient(this IServiceCollection services, Action<AmConnectorClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<AmConnectorClientOptions>().Configure(configure).Validate(
            o => o.BaseAddress is { IsAbsoluteUri: true }, "AmConnectorClientOptions.BaseAddress must be an absolute URI.");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AmConnectorTokenSource>();
        services.TryAddTransient<AmConnectorAuthHandler>();
        // Transient like the typed clients it uses, so their handlers rotate as IHttpClientFactory intends.
        services.TryAddTransient(provider => new SupplierEventPublisher(
            provider.GetRequiredService<ISupplierEventsApi>(), provider.GetRequiredService<IOptions<AmConnectorClientOptions>>(), provider.GetRequiredService<TimeProvider>()));

        // Header values (the token, the API key) are never logged, at any level.
        var token = services.AddHttpClient(AmConnectorTokenSource.HttpClientName, ConfigureBase).RedactLoggedHeaders(_ => true);
        List<IHttpClientBuilder> clients =
        [
            token,
            Api<ILimsApi>(services),
            Api<ISupplierApi>(services),
            Api<IWebhookEndpointsApi>(services),
            Api<IWebhookDeliveriesApi>(services),
            // Signed, not authenticated: the publisher's signature is its credential, so no token handler.
            services.AddRefitGeneratedClient<ISupplierEventsApi>(ClientJsonContext.Default).ConfigureHttpClient(ConfigureBase).RedactLoggedHeaders(_ => true),
        ];
        return new AmConnectorClientBuilder(services, clients);
    }

    private static IHttpClientBuilder Api<T>(IServiceCollection services)
        where T : class
    {
        var client = services.AddRefitGeneratedClient<T>(ClientJsonContext.Default).ConfigureHttpClient((provider, http) =>
        {
            ConfigureBase(provider, http);
            // The resilience handler's timeouts govern; HttpClient's own would only cut them short.
            http.Timeout = Timeout.InfiniteTimeSpan;
        });
        client.RedactLoggedHeaders(_ => true);
        client.AddStandardResilienceHandler().Configure((resilience, provider) =>
        {
            var options = provider.GetRequiredService<IOptions<AmConnectorClientOptions>>().Value;
            resilience.Retry.DisableForUnsafeHttpMethods();
            resilience.AttemptTimeout.Timeout = options.AttemptTimeout;
            resilience.TotalRequestTimeout.Timeout = options.AttemptTimeout * 4;
            resilience.CircuitBreaker.SamplingDuration = options.AttemptTimeout * 2 > resilience.CircuitBreaker.SamplingDuration
                ? options.AttemptTimeout * 2
                : resilience.CircuitBreaker.SamplingDuration;
        });
        // Innermost: each attempt carries a token that is fresh at that moment.
        client.AddHttpMessageHandler<AmConnectorAuthHandler>();
        return client;
    }

    private static void ConfigureBase(IServiceProvider provider, HttpClient http)
    {
        var baseAddress = provider.GetRequiredService<IOptions<AmConnectorClientOptions>>().Value.BaseAddress
            ?? throw new InvalidOperationException("AmConnectorClientOptions.BaseAddress is not set.");
        // A trailing slash keeps a base path (https://site.example/amconnector/) in front of the routes.
        http.BaseAddress = new Uri(baseAddress.ToString().TrimEnd('/') + "/");
    }
}
