using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AmConnector.IntegrationTests.Infrastructure;

/// <summary>
/// An external OpenID Connect authority (Entra ID, Keycloak) in-process: a minimal app on a
/// <see cref="TestServer"/> with its own RSA key that serves a discovery document and a JWKS, and
/// mints RS256 access tokens the way Entra does (<c>typ: JWT</c>). Nothing touches the network:
/// AmConnector fetches the metadata through <see cref="BackchannelHandler"/>.
/// </summary>
public sealed class StandInAuthority : IAsyncDisposable
{
    public const string Issuer = "https://authority.test/";

    public const string DefaultAudience = "api://amconnector";

    /// <summary>The discovery document, as Entra ID or Keycloak would publish it (the parts JwtBearer reads).</summary>
    private static readonly Dictionary<string, object> Discovery = new()
    {
        ["issuer"] = Issuer,
        ["jwks_uri"] = Issuer + "jwks",
        ["token_endpoint"] = Issuer + "token",
        ["response_types_supported"] = new[] { "token" },
        ["grant_types_supported"] = new[] { "client_credentials" },
        ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
    };

    private readonly WebApplication _app;
    private readonly RSA _rsa;
    private readonly JsonWebTokenHandler _tokens = new();

    private StandInAuthority(WebApplication app, RSA rsa, RsaSecurityKey key)
    {
        _app = app;
        _rsa = rsa;
        SigningKey = key;
    }

    /// <summary>The key the authority signs with and publishes (public part) in its JWKS.</summary>
    public RsaSecurityKey SigningKey { get; }

    public string KeyId => SigningKey.KeyId;

    /// <summary>
    /// A new handler into the authority's test server, for a JwtBearer backchannel (the HttpClient
    /// that receives it owns and disposes it).
    /// </summary>
    public HttpMessageHandler BackchannelHandler => _app.GetTestServer().CreateHandler();

    public static StandInAuthority Start()
    {
        var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = "stand-in-" + Guid.NewGuid().ToString("N")[..8] };
        var publicKey = rsa.ExportParameters(includePrivateParameters: false);

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        var app = builder.Build();
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(Discovery));
        app.MapGet("/jwks", () => Results.Json(new
        {
            keys = new[]
            {
                new Dictionary<string, string>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["alg"] = SecurityAlgorithms.RsaSha256,
                    ["kid"] = key.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(publicKey.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(publicKey.Exponent),
                },
            },
        }));
        app.Start();
        return new StandInAuthority(app, rsa, key);
    }

    /// <summary>
    /// An RS256 access token as an external authority would issue it for a client-credentials caller.
    /// <paramref name="issuer"/> and <paramref name="signingKey"/> default to the authority's own;
    /// tests override them to forge tokens.
    /// </summary>
    public string Issue(
        string clientId,
        string scopes,
        string? supplier = null,
        string audience = DefaultAudience,
        string claimForScopes = "scp",
        string supplierClaim = "supplier",
        DateTimeOffset? expires = null,
        string issuer = Issuer,
        SecurityKey? signingKey = null)
    {
        var expiresAt = expires ?? DateTimeOffset.UtcNow.AddHours(1);
        var issuedAt = expiresAt.AddHours(-1);
        var claims = new Dictionary<string, object>
        {
            ["sub"] = clientId,
            ["azp"] = clientId,
            ["appid"] = clientId,
            [claimForScopes] = scopes,
        };
        if (supplier is not null)
        {
            claims[supplierClaim] = supplier;
        }

        return _tokens.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            Claims = claims,
            TokenType = "JWT",
            SigningCredentials = new SigningCredentials(signingKey ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>
    /// An access token for a person who signed in at the authority through application
    /// <paramref name="application"/>: <c>sub</c> is the person, <c>azp</c> the application, with
    /// <c>name</c> and <c>auth_time</c> (as Keycloak issues them; Entra with the optional claim).
    /// </summary>
    public string IssueForPerson(string subject, string name, DateTimeOffset authTime, string scopes, string application = "ext-qa-app")
    {
        var now = DateTimeOffset.UtcNow;
        return _tokens.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = DefaultAudience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.AddMinutes(-1).UtcDateTime,
            Expires = now.AddHours(1).UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = subject,
                ["azp"] = application,
                ["name"] = name,
                ["auth_time"] = authTime.ToUnixTimeSeconds(),
                ["scp"] = scopes,
            },
            TokenType = "JWT",
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
