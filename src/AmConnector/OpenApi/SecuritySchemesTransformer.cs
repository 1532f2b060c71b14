using AmConnector.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AmConnector.OpenApi;

/// <summary>
/// The two ways in, as the document's security schemes: OAuth 2.0 client credentials at the token
/// endpoint (with every scope), and the read-only API key header. Every operation is marked with
/// OAuth, except the supplier-event receiver, which is authenticated by its Standard Webhooks
/// signature and says so in its description.
/// </summary>
internal sealed class SecuritySchemesTransformer(string tokenPath) : IOpenApiDocumentTransformer
{
    public const string OAuth = "oauth2";
    public const string ApiKey = "apiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[OAuth] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "Client credentials from AmConnector's token server (or the configured external authority).",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri(tokenPath, UriKind.Relative),
                    Scopes = Scopes.All.ToDictionary(scope => scope, scope => $"the {scope} scope"),
                },
            },
        };
        document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = Security.AmConnectorAuthentication.ApiKeyHeader,
            Description = "Read-only key for BI tools (am.read only).",
        };

        foreach (var (path, item) in document.Paths)
        {
            if (path.Contains("/webhooks/suppliers/", StringComparison.Ordinal) && path.EndsWith("/events", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var operation in item.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OAuth, document)] = [] });
            }
        }

        return Task.CompletedTask;
    }
}
