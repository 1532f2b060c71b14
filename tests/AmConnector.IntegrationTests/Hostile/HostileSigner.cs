using System.Security.Cryptography;
using System.Text;

namespace AmConnector.IntegrationTests.Hostile;

/// <summary>
/// Standard Webhooks signing over raw bytes (HMAC-SHA256 of <c>id.timestamp.body</c>, key from
/// <c>whsec_…</c>), so a body that is not UTF-8 still carries a valid signature and reaches the checks behind it.
/// </summary>
public static class HostileSigner
{
    public static string Sign(string secret, string webhookId, long timestamp, byte[] body)
    {
        var key = Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret[6..] : secret);
        var prefix = Encoding.UTF8.GetBytes($"{webhookId}.{timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, (byte[])[.. prefix, .. body]));
    }

    /// <summary>The three Standard Webhooks headers for a correctly signed delivery.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Headers(string secret, string webhookId, DateTimeOffset at, byte[] body)
    {
        var timestamp = at.ToUnixTimeSeconds();
        return
        [
            new("webhook-id", webhookId),
            new("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("webhook-signature", Sign(secret, webhookId, timestamp, body)),
        ];
    }
}
