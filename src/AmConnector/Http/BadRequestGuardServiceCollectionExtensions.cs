using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmConnector.Http;

internal static class BadRequestGuardServiceCollectionExtensions
{
    /// <summary>
    /// Malformed requests answered 4xx with a problem detail wherever they throw: inside the host's exception
    /// handler and, before it, at the front of the pipeline. Register before the OData batching filter, so
    /// this filter wraps it (the first registered startup filter is the outermost).
    /// </summary>
    public static IServiceCollection AddAmConnectorBadRequestGuard(this IServiceCollection services)
    {
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Diagnostics.IDeveloperPageExceptionFilter, BadRequestDeveloperPageFilter>());
        services.AddTransient<IStartupFilter, BadRequestGuardStartupFilter>();
        return services;
    }
}
