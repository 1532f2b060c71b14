using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlers.Exchange;

namespace AmConnector.Security.TokenServer;

/// <summary>
/// Answers a token request for a scope the (authenticated) client is not permitted with
/// <c>invalid_scope</c>, as RFC 6749 §5.2 defines it ("exceeds the scope granted"); OpenIddict's
/// own check, which runs next and stays as the safety net, answers <c>invalid_request</c>.
/// </summary>
internal sealed class ScopePermissionHandler(IOpenIddictApplicationManager applications)
    : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .AddFilter<OpenIddictServerHandlerFilters.RequireClientIdParameter>()
            .AddFilter<OpenIddictServerHandlerFilters.RequireDegradedModeDisabled>()
            .AddFilter<OpenIddictServerHandlerFilters.RequireScopePermissionsEnabled>()
            .UseScopedHandler<ScopePermissionHandler>()
            // After the client is authenticated (nothing is told about an unknown client's
            // permissions), just before OpenIddict's ValidateScopePermissions.
            .SetOrder(ValidateScopePermissions.Descriptor.Order - 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        var application = await applications.FindByClientIdAsync(context.ClientId!, context.CancellationToken);
        if (application is null)
        {
            return;
        }

        foreach (var scope in context.Request.GetScopes())
        {
            if (scope is OpenIddictConstants.Scopes.OpenId or OpenIddictConstants.Scopes.OfflineAccess)
            {
                continue;
            }

            if (!await applications.HasPermissionAsync(application, Permissions.Prefixes.Scope + scope, context.CancellationToken))
            {
                context.Reject(error: Errors.InvalidScope, description: $"The client is not permitted the scope '{scope}'.");
                return;
            }
        }
    }
}
