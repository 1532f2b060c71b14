using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AmConnector.Webhooks;

internal static class WebhookServiceCollectionExtensions
{
    /// <summary>What inbound and outbound webhooks share: protected <c>whsec_</c> secrets.</summary>
    public static void AddAmConnectorWebhookSecrets(this IServiceCollection services)
    {
        // A fixed application name: every instance of a scaled-out site opens the same secrets.
        services.AddDataProtection().SetApplicationName("AmConnector");
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<KeyManagementOptions>, DataProtectionKeyFolderSetup>());
        services.TryAddSingleton<WebhookSecretProtector>();
    }
}
