using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmConnector.Webhooks;

internal static class WebhookServiceCollectionExtensions
{
    /// <summary>What inbound and outbound webhooks share: protected <c>whsec_</c> secrets (key ring: AddAmConnectorDataProtection).</summary>
    public static void AddAmConnectorWebhookSecrets(this IServiceCollection services) =>
        services.TryAddSingleton<WebhookSecretProtector>();
}
