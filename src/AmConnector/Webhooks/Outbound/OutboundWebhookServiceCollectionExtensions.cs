using AmConnector.Data;
using AmConnector.Health;
using AmConnector.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AmConnector.Webhooks.Outbound;

internal static class OutboundWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Outbound webhooks: the endpoint registry's services, the SSRF-guarded HTTP client, the
    /// dispatcher (hosted, off with <c>AmConnector:Webhooks:DispatcherEnabled=false</c>), the
    /// commit signal, metrics and the delivery health check.
    /// </summary>
    public static void AddAmConnectorOutboundWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>());

        services.TryAddSingleton<IWebhookHostResolver, DnsWebhookHostResolver>();
        services.TryAddSingleton<WebhookAddressGuard>();
        services.TryAddSingleton<WebhookEndpointValidator>();
        services.AddHttpClient(WebhookSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedConnection.CreateHandler(sp.GetRequiredService<WebhookAddressGuard>()));
        services.TryAddSingleton<WebhookSender>();
        services.AddMetrics();
        services.TryAddSingleton<WebhookMetrics>();
        services.TryAddSingleton<WebhookDispatcher>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxSignalInterceptor>();
        services.ConfigureDbContext<AmConnectorDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<OutboxSignalInterceptor>()), ServiceLifetime.Singleton);
        // After the database initializer: hosted services start in order, and this one reads the migrated database.
        services.AddHostedService<WebhookDispatcherService>();

        services.AddAuthorizationBuilder().AddPolicy(WebhookAccessRequirement.Policy, policy => policy
            .AddAuthenticationSchemes(AmConnectorAuthentication.Scheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new WebhookAccessRequirement()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, WebhookAccessHandler>());

        services.AddHealthChecks().AddCheck<WebhookDeliveryHealthCheck>("webhooks", failureStatus: HealthStatus.Degraded, tags: [HealthEndpoints.ReadyTag]);
    }
}
