using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation.AspNetCore;

namespace AmConnector.Security.TokenServer;

/// <summary>
/// Keeps OpenIddict's request handlers (token server and its validation) out of every request when
/// an external authority issues the tokens: they would otherwise build the server's options, which
/// OpenIddict refuses without a token endpoint, and they have nothing to serve.
/// </summary>
internal sealed class BuiltInServerSchemeProvider(IOptions<AuthenticationOptions> authentication, IOptions<AmConnectorOptions> options)
    : AuthenticationSchemeProvider(authentication)
{
    public override async Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync()
    {
        var schemes = await base.GetRequestHandlerSchemesAsync();
        return options.Value.Auth.UsesBuiltInServer
            ? schemes
            : [.. schemes.Where(s => s.Name is not (OpenIddictServerAspNetCoreDefaults.AuthenticationScheme
                or OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme))];
    }
}
