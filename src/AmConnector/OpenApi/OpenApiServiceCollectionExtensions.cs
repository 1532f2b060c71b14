using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Scalar.AspNetCore;

namespace AmConnector.OpenApi;

/// <summary>
/// The OpenAPI description of AmConnector's REST endpoints (webhooks in and out, secrets, API keys,
/// deliveries, audit export, health) at <c>/openapi/v1.json</c>, and Scalar's reference UI at
/// <c>/scalar</c>. The OData service describes itself in OData's own contract, <c>/odata/$metadata</c>
/// (CSDL), which OData clients and Power BI read; its controllers are left out here rather than
/// described twice, and less faithfully.
/// </summary>
internal static class OpenApiServiceCollectionExtensions
{
    public const string DocumentName = "v1";

    public static void AddAmConnectorOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.ActionDescriptor is not ControllerActionDescriptor;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "AmConnector";
                document.Info.Description = "REST endpoints of AmConnector. The OData API is described by /odata/$metadata.";
                return Task.CompletedTask;
            });
            // Relative to the document's server, so the flow works under a host's path prefix too.
            options.AddDocumentTransformer(new SecuritySchemesTransformer("connect/token"));
            options.AddOperationTransformer(new ProblemResponsesTransformer());
        });

    /// <summary>Open on purpose, like the health probes: the description holds no data, and a browser reads it without a token.</summary>
    public static void MapAmConnectorOpenApi(this IEndpointRouteBuilder endpoints, AmConnectorOptions options)
    {
        endpoints.MapOpenApi(options.Route("openapi/{documentName}.json")).AllowAnonymous();
        endpoints.MapScalarApiReference(options.Route("scalar"), scalar => scalar
                .WithOpenApiRoutePattern("/" + options.Route("openapi/{documentName}.json"))
                // Try-it-out signs in with client credentials at the token endpoint of the document.
                .AddPreferredSecuritySchemes(SecuritySchemesTransformer.OAuth)
                .AddClientCredentialsFlow(SecuritySchemesTransformer.OAuth, flow => flow.WithTokenUrl("/" + options.Route("connect/token"))))
            .AllowAnonymous();
    }
}
