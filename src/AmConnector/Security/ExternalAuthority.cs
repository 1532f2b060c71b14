using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace AmConnector.Security;

/// <summary>
/// JWT bearer validation against an external authority (Entra ID, Keycloak, Duende): issuer and
/// keys from its discovery document, audience from configuration, claims kept as issued.
/// </summary>
internal static class ExternalAuthority
{
    public static void Configure(JwtBearerOptions jwt, AuthOptions auth)
    {
        if (auth.UsesBuiltInServer)
        {
            return;
        }

        jwt.Authority = auth.Authority;
        jwt.Audience = auth.Audience;
        // Claim names stay as the issuer wrote them (scope, scp, supplier), not mapped to WS-Fed URIs.
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters.ValidateIssuer = true;
        jwt.TokenValidationParameters.ValidateAudience = true;
        jwt.TokenValidationParameters.ValidateLifetime = true;
        jwt.TokenValidationParameters.NameClaimType = "name";
        jwt.RequireHttpsMetadata = jwt.Authority?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true;
    }
}
