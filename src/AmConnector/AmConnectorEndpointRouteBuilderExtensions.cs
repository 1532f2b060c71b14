using AmConnector.AuditTrail;
using AmConnector.Health;
using AmConnector.OpenApi;
using AmConnector.Security.ApiKeys;
using AmConnector.Security.Authorization;
using AmConnector.Security.SignIn;
using AmConnector.Webhooks.Inbound;
using AmConnector.Webhooks.Outbound;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AmConnector;

public static class AmConnectorEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps every AmConnector endpoint under the configured <see cref="AmConnectorOptions.PathPrefix"/>:
    /// the OData service at <c>/odata</c>, API-key management, the health endpoints, and with the
    /// built-in token server the person sign-in (<c>/connect/authorize</c>, <c>/account/login</c>).
    /// Every endpoint carries an authorisation policy, or is explicitly anonymous (health, sign-in).
    /// </summary>
    public static IEndpointRouteBuilder MapAmConnector(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<AmConnectorOptions>>().Value;

        // OData routes come from the route components registered in AddAmConnector; MapControllers
        // is idempotent, so a host that maps its own controllers too gets no duplicates.
        var odataRoute = options.Route("odata");
        endpoints.MapControllers().Add(endpoint => MarkOData(endpoint, odataRoute));

        endpoints.MapApiKeys(options.Route("api/clients/api-keys"))
            .WithMetadata(AmConnectorEndpointMetadata.Instance, Http.ManagementBodyLimit.Metadata);
        endpoints.MapAuditExport(options.Route("api/audit/export"))
            .WithMetadata(AmConnectorEndpointMetadata.Instance);
        endpoints.MapAmConnectorInboundWebhooks(options);
        endpoints.MapAmConnectorOutboundWebhooks(options);
        endpoints.MapAmConnectorOpenApi(options);
        endpoints.MapAmConnectorHealth(options.Route("health/live"), options.Route("health/ready"));
        if (options.Auth.UsesBuiltInServer)
        {
            // Person sign-in at the built-in server; an external authority has its own login.
            var loginRoute = options.Route("account/login");
            endpoints.MapLogin(loginRoute);
            endpoints.MapLogout(options.Route("account/logout"));
            endpoints.MapAuthorize(options.Route("connect/authorize"), loginRoute).WithMetadata(AmConnectorEndpointMetadata.Instance);
        }

        return endpoints;
    }

    /// <summary>
    /// Marks AmConnector's controller endpoints, and gives OData's own <c>$metadata</c> and service
    /// document (which carry no attribute of ours) the read policy. A host's controllers are left alone.
    /// </summary>
    private static void MarkOData(EndpointBuilder endpoint, string odataRoute)
    {
        var action = endpoint.Metadata.OfType<ControllerActionDescriptor>().FirstOrDefault();
        var ours = action?.ControllerTypeInfo.Assembly == typeof(AmConnectorOptions).Assembly;
        var serviceRoot = action?.ControllerTypeInfo.AsType() == typeof(MetadataController) && endpoint is RouteEndpointBuilder route &&
            route.RoutePattern.RawText?.TrimStart('/').StartsWith(odataRoute, StringComparison.OrdinalIgnoreCase) == true;
        if (ours || serviceRoot)
        {
            endpoint.Metadata.Add(AmConnectorEndpointMetadata.Instance);
        }

        if (serviceRoot)
        {
            endpoint.Metadata.Add(new AuthorizeAttribute { Policy = Policies.Read });
        }
    }
}
