using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AmConnector.ChangeNotices;

internal static class ChangeNoticeServiceCollectionExtensions
{
    /// <summary>The notice intake (webhook and hand entry), the lifecycle and the host change-control seam.</summary>
    public static IServiceCollection AddChangeNotices(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AmConnectorOptions>, ChangeNoticeOptionsValidator>());
        services.TryAddSingleton<ImpactResolver>();
        services.TryAddScoped<ChangeNoticeIntake>();
        services.TryAddScoped<ChangeNoticeLifecycle>();
        // Replaced by the host QMS integration when one is configured.
        return services;
    }
}
