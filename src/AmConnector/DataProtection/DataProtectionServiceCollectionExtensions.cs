using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AmConnector.DataProtection;

internal static class DataProtectionServiceCollectionExtensions
{
    /// <summary>
    /// ASP.NET Core Data Protection with one key ring per site: in the database, shared by every
    /// instance (webhook secrets, delta tokens, the login cookie, antiforgery), optionally encrypted
    /// with a certificate from configuration.
    /// </summary>
    public static void AddAmConnectorDataProtection(this IServiceCollection services)
    {
        // A fixed application name: every instance of a scaled-out site opens the same payloads.
        services.AddDataProtection().SetApplicationName("AmConnector");
        services.TryAddSingleton<KeyProtectionCertificates>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<KeyManagementOptions>, KeyRingSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AmConnectorOptions>, KeyRingOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, KeyRingProtectionWarning>());
    }
}
