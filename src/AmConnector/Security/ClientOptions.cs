namespace AmConnector.Security;

/// <summary>
/// One client of the built-in token server: a system with a secret (client credentials), and, with
/// <see cref="RedirectUris"/>, an application that signs people in (authorization code + PKCE).
/// </summary>
public sealed class ClientOptions
{
    public string ClientId { get; set; } = "";

    /// <summary>Its secret; stored hashed by OpenIddict, never logged. Empty for a <see cref="Public"/> client.</summary>
    public string Secret { get; set; } = "";

    public string? DisplayName { get; set; }

    /// <summary>The scopes it may request; a request without a scope gets all of them.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>For a supplier's system: the supplier code its tokens carry, which limits it to that supplier's records.</summary>
    public string? Supplier { get; set; }

    /// <summary>Where the login flow may send people back with an authorization code (absolute URIs, exact match).</summary>
    public List<string> RedirectUris { get; set; } = [];

    /// <summary>
    /// A public client (a browser or desktop application) has no secret: it signs people in with
    /// the authorization code flow and PKCE only, and gets no client-credentials tokens.
    /// </summary>
    public bool Public { get; set; }
}
