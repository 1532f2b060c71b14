using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation;

namespace AmConnector.Security.TokenServer;

/// <summary>
/// The parts of OpenIddict's configuration that depend on AmConnector's options and the host
/// environment: endpoints (under the path prefix), keys, issuer, audience, token lifetime, and
/// the transport-security exemption that Development alone gets.
/// </summary>
internal sealed class TokenServerOptionsSetup(IOptions<AmConnectorOptions> options, IHostEnvironment environment)
    : IConfigureOptions<OpenIddictServerOptions>, IConfigureOptions<OpenIddictServerAspNetCoreOptions>, IConfigureOptions<OpenIddictValidationOptions>
{
    public void Configure(OpenIddictServerOptions server)
    {
        var settings = options.Value;
        var auth = settings.Auth;
        if (!auth.UsesBuiltInServer)
        {
            // An external authority issues the tokens: the built-in server serves no endpoint.
            // OpenIddict still wants keys to start, so it gets throw-away ones that sign nothing.
            server.SigningCredentials.Add(new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)), SecurityAlgorithms.RsaSha256));
            server.EncryptionCredentials.Add(new EncryptingCredentials(
                new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
            return;
        }

        server.TokenEndpointUris.Add(new Uri(settings.Route("connect/token"), UriKind.Relative));
        server.AuthorizationEndpointUris.Add(new Uri(settings.Route("connect/authorize"), UriKind.Relative));
        server.ConfigurationEndpointUris.Add(new Uri(settings.Route(".well-known/openid-configuration"), UriKind.Relative));
        server.JsonWebKeySetEndpointUris.Add(new Uri(settings.Route(".well-known/jwks"), UriKind.Relative));
        server.Issuer = auth.Issuer;
        server.AccessTokenLifetime = auth.AccessTokenLifetime;

        var (signing, encrypting) = TokenKeys.Load(auth, environment);
        server.SigningCredentials.Add(signing);
        server.EncryptionCredentials.Add(encrypting);
    }

    public void Configure(OpenIddictServerAspNetCoreOptions aspNetCore)
    {
        // Plain http is accepted on a developer's machine only; elsewhere HTTPS, or a TLS-terminating
        // proxy with forwarded headers (ASPNETCORE_FORWARDEDHEADERS_ENABLED=true).
        aspNetCore.DisableTransportSecurityRequirement = environment.IsDevelopment();
        // OpenIddict validates the authorization request, then AuthorizeEndpoint decides who signs in.
        // The token endpoint stays OpenIddict's own: ClientCredentialsHandler, and the principal of
        // the authorization code for the code grant.
        aspNetCore.EnableAuthorizationEndpointPassthrough = true;
    }

    public void Configure(OpenIddictValidationOptions validation) => validation.Audiences.Add(options.Value.Auth.Audience);
}
