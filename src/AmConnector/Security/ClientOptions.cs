namespace AmConnector.Security;

/// <summary>One client of the built-in token server (client credentials).</summary>
public sealed class ClientOptions
{
    public string ClientId { get; set; } = "";

    /// <summary>Its secret; stored hashed by OpenIddict, never logged.</summary>
    public string Secret { get; set; } = "";

    public string? DisplayName { get; set; }

    /// <summary>The scopes it may request; a request without a scope gets all of them.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>For a supplier's system: the supplier code its tokens carry, which limits it to that supplier's records.</summary>
    public string? Supplier { get; set; }
}
