using AmConnector.Security.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace AmConnector.Webhooks.Outbound;

internal static class OutboundWebhookEndpointRouteBuilderExtensions
{

    /// <summary><c>/api/webhooks/endpoints</c> and <c>/api/webhooks/deliveries</c>; the OData set WebhookDeliveries comes with the OData routes.</summary>
    public static void MapAmConnectorOutboundWebhooks(this IEndpointRouteBuilder endpoints, AmConnectorOptions options)
    {
        endpoints.MapWebhookEndpoints(options.Route("api/webhooks/endpoints"))
            .WithMetadata(AmConnectorEndpointMetadata.Instance, Http.ManagementBodyLimit.Metadata);
        endpoints.MapWebhookDeliveries(options.Route("api/webhooks/deliveries"))
            .WithMetadata(AmConnectorEndpointMetadata.Instance, Http.ManagementBodyLimit.Metadata);
    }
}
