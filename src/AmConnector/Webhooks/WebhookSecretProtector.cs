using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace AmConnector.Webhooks;

/// <summary>
/// Makes and protects the <c>whsec_…</c> secrets of Standard Webhooks, inbound (a supplier's signing
/// secret) and outbound (an endpoint's). The clear value is shown once; the database holds only the
/// Data Protection ciphertext (design.md principle 6), so a copy of the database alone signs nothing.
/// </summary>
internal sealed class WebhookSecretProtector(IDataProtectionProvider provider)
{
    public const string Prefix = "whsec_";

    // Versioned purpose: a future key-handling change can read old rows under the old purpose.
    private readonly IDataProtector protector = provider.CreateProtector("AmConnector.Webhooks.Secret.v1");

    /// <summary>A new secret: 32 random bytes (the HMAC-SHA256 block key size), base64, with the standard prefix.</summary>
    public static string NewSecret() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => protector.Protect(secret);

    public string Unprotect(string protectedSecret) => protector.Unprotect(protectedSecret);
}
