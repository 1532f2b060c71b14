using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AmConnector.Security.TokenServer;

/// <summary>
/// Issues the access token of a client-credentials request. OpenIddict has already authenticated
/// the client and checked that each requested scope is one of its permissions; this builds the
/// token's claims: the client, its supplier (for a supplier's system) and its scopes.
/// </summary>
internal sealed class ClientCredentialsHandler(IOpenIddictApplicationManager applications, IOptions<AmConnectorOptions> options)
    : IOpenIddictServerHandler<HandleTokenRequestContext>
{
    /// <summary>Where a client's supplier code is kept among its OpenIddict application properties.</summary>
    public const string SupplierProperty = "amconnector_supplier";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleTokenRequestContext>()
            .UseScopedHandler<ClientCredentialsHandler>()
            .SetOrder(int.MinValue + 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(HandleTokenRequestContext context)
    {
        if (!context.Request.IsClientCredentialsGrantType())
        {
            return;
        }

        var auth = options.Value.Auth;
        var application = await applications.FindByClientIdAsync(context.ClientId!, context.CancellationToken)
            ?? throw new InvalidOperationException("OpenIddict authenticated a client that it cannot find.");

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, context.ClientId);
        identity.SetClaim(Claims.ClientId, context.ClientId);
        identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application, context.CancellationToken) ?? context.ClientId);

        var properties = await applications.GetPropertiesAsync(application, context.CancellationToken);
        if (properties.TryGetValue(SupplierProperty, out var supplier) && supplier.GetString() is { Length: > 0 } code)
        {
            identity.SetClaim(auth.SupplierClaim, code);
        }

        // No scope asked for: the client gets every scope it is permitted (a common client-credentials convention).
        var scopes = context.Request.GetScopes();
        if (scopes.IsEmpty)
        {
            scopes = [.. (await applications.GetPermissionsAsync(application, context.CancellationToken))
                .Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                .Select(p => p[Permissions.Prefixes.Scope.Length..])];
        }

        identity.SetScopes(scopes);
        identity.SetResources(auth.Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        context.SignIn(new ClaimsPrincipal(identity));
    }
}
