using System.ComponentModel.DataAnnotations;

namespace AmConnector.Security;

/// <summary>
/// <c>AmConnector:Auth</c>. With <see cref="Authority"/> empty the built-in OpenIddict token server
/// issues the tokens; with it set, tokens of that external issuer are validated and the built-in
/// server is off (ADR-005).
/// </summary>
public sealed class AuthOptions
{
    /// <summary>An external OpenID Connect issuer (Entra ID, Keycloak, Duende). Empty: the built-in token server.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience (<c>aud</c>) access tokens must carry, and that the built-in server puts in them.</summary>
    [Required]
    public string Audience { get; set; } = "amconnector";

    /// <summary>
    /// The built-in server's issuer URI. Empty: derived from the request, which suits one host name;
    /// set it when instances sit behind a load balancer or several names.
    /// </summary>
    public Uri? Issuer { get; set; }

    /// <summary>The claim that names a supplier-scoped caller's supplier code.</summary>
    [Required]
    public string SupplierClaim { get; set; } = "supplier";

    /// <summary>Claims read for scopes, space separated: <c>scope</c> (RFC 9068), <c>scp</c> (Entra); add <c>roles</c> for Entra app roles.</summary>
    public List<string> ScopeClaims { get; set; } = ["scope", "scp"];

    /// <summary>Lifetime of access tokens from the built-in server.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Where Development and test runs keep the built-in server's generated keys (content-root relative).</summary>
    [Required]
    public string KeyFolder { get; set; } = "data";

    /// <summary>The token signing certificate, required outside Development.</summary>
    public CertificateOptions SigningCertificate { get; set; } = new();

    /// <summary>Clients of the built-in server, seeded at start (create or update; secrets stored hashed).</summary>
    public List<ClientOptions> Clients { get; set; } = [];

    /// <summary>People who sign in at the login page (<c>/account/login</c>), with hashed passwords.</summary>
    public List<UserOptions> Users { get; set; } = [];

    [Microsoft.Extensions.Options.ValidateObjectMembers]
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Locks a user name at the login page after repeated wrong passwords.</summary>
    [Microsoft.Extensions.Options.ValidateObjectMembers]
    public LockoutOptions Lockout { get; set; } = new();

    /// <summary>True unless an external <see cref="Authority"/> is configured.</summary>
    public bool UsesBuiltInServer => string.IsNullOrWhiteSpace(Authority);
}
