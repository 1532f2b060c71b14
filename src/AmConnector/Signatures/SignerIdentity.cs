using System.Globalization;
using System.Security.Claims;

namespace AmConnector.Signatures;

/// <summary>
/// Tells a person's token from a client's, the same way for the built-in server and an external
/// authority. A person's token carries <c>sub</c> and <c>auth_time</c>; a client-credentials token
/// is recognised by any of: <c>sub</c> equal to its client id (<c>client_id</c>, <c>azp</c>,
/// <c>appid</c>: RFC 9068 §2.2 and the built-in server), <c>idtyp=app</c> (Entra ID), no
/// <c>auth_time</c> (no interactive sign-in), or, when configured, a missing
/// <see cref="SignatureOptions.PersonClaim"/>. API keys never sign.
/// </summary>
internal static class SignerIdentity
{
    private static readonly string[] ClientIdClaims = ["client_id", "azp", "appid"];

    /// <summary>The signer, or null when the principal is not a person (a client, an API key, anonymous).</summary>
    public static Signer? Read(ClaimsPrincipal? principal, SignatureOptions options)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var subject = principal.FindFirstValue("sub");
        var clientId = ClientIdClaims.Select(principal.FindFirstValue).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        if (string.IsNullOrEmpty(subject) || string.Equals(subject, clientId, StringComparison.Ordinal) ||
            string.Equals(principal.FindFirstValue("idtyp"), "app", StringComparison.OrdinalIgnoreCase) ||
            !long.TryParse(principal.FindFirstValue("auth_time"), NumberStyles.None, CultureInfo.InvariantCulture, out var authTime))
        {
            return null;
        }

        if (!string.IsNullOrEmpty(options.PersonClaim) &&
            !principal.FindAll(options.PersonClaim).Any(c => string.IsNullOrEmpty(options.PersonClaimValue) || string.Equals(c.Value, options.PersonClaimValue, StringComparison.Ordinal)))
        {
            return null;
        }

        // §11.50: the printed name; a token without one is signed with the subject it names.
        var name = principal.FindFirstValue("name") ?? principal.FindFirstValue("preferred_username") ?? subject;
        return new Signer(subject, name, DateTimeOffset.FromUnixTimeSeconds(authTime), clientId);
    }
}
