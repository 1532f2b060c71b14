using System.Security.Claims;

namespace AmConnector.Security;

/// <summary>
/// Who is calling, read from an authenticated principal the same way whatever issued it: the
/// built-in server, an external authority, or an API key.
/// </summary>
internal sealed class Caller
{
    /// <summary>Claims that name the calling client, most specific first (RFC 9068, Entra v2, Entra v1, subject).</summary>
    private static readonly string[] ClientIdClaims = ["client_id", "azp", "appid", "sub"];

    private Caller(string? clientId, IReadOnlySet<string> scopes, string? supplierCode, bool isSupplier)
    {
        ClientId = clientId;
        Scopes = scopes;
        SupplierCode = supplierCode;
        IsSupplier = isSupplier;
    }

    public static Caller Anonymous { get; } = new(null, new HashSet<string>(), null, false);

    public string? ClientId { get; }

    public IReadOnlySet<string> Scopes { get; }

    /// <summary>True when the token carries a supplier claim; even an empty one scopes the caller (to nothing).</summary>
    public bool IsSupplier { get; }

    public string? SupplierCode { get; }

    public bool Has(string scope) => Scopes.Contains(scope);

    public static Caller From(ClaimsPrincipal? principal, AuthOptions options)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var scopes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in principal.Claims.Where(c => options.ScopeClaims.Contains(c.Type) || c.Type == OpenIddictScopeClaim))
        {
            scopes.UnionWith(claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        var clientId = ClientIdClaims.Select(principal.FindFirstValue).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        var supplier = principal.FindFirst(options.SupplierClaim);
        return new Caller(clientId, scopes, supplier?.Value, supplier is not null);
    }

    /// <summary>OpenIddict's own name for scopes on a principal it validated.</summary>
    private const string OpenIddictScopeClaim = "oi_scp";
}
