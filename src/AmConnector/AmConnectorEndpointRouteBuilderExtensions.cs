using AmConnector.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AmConnector;

public static class AmConnectorEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps every AmConnector endpoint: the OData service at <c>/odata</c> and the health
    /// endpoints, under the configured <see cref="AmConnectorOptions.PathPrefix"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapAmConnector(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<AmConnectorOptions>>().Value;

        // OData routes come from the route components registered in AddAmConnector; MapControllers
        // is idempotent, so a host that maps its own controllers too gets no duplicates.
        endpoints.MapControllers();
        endpoints.MapAmConnectorHealth(options.Route("health/live"), options.Route("health/ready"));
        return endpoints;
    }
}
