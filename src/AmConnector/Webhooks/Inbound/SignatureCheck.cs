using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StandardWebhooks;

namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// Standard Webhooks verification on the raw body, before anything is parsed: the timestamp is
/// within tolerance of our clock, and one of the <c>v1</c> signatures in the header is the
/// HMAC-SHA256 of <c>id.timestamp.body</c> under one of the supplier's valid secrets (several during
/// a rotation). The official package computes the HMAC; the comparison is constant-time; the clock
/// is ours (<see cref="TimeProvider"/>), so the tolerance is tested with a fake one.
/// </summary>
internal static class SignatureCheck
{
    public enum Result
    {
        Valid,
        MissingHeaders,
        StaleTimestamp,
        NoMatch,
    }

    public static Result Verify(string? webhookId, string? timestamp, string? signatures, string body, IEnumerable<string> secrets, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(webhookId) || string.IsNullOrEmpty(signatures) ||
            !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return Result.MissingHeaders;
        }

        if (seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds() || Math.Abs(now.ToUnixTimeSeconds() - seconds) > tolerance.TotalSeconds)
        {
            return Result.StaleTimestamp;
        }

        var sentAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var candidates = signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s.StartsWith("v1,", StringComparison.Ordinal))
            .ToList();
        foreach (var secret in secrets)
        {
            var expected = new StandardWebhook(secret).Sign(webhookId, sentAt, body);
            foreach (var candidate in candidates)
            {
                if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(candidate)))
                {
                    return Result.Valid;
                }
            }
        }

        return Result.NoMatch;
    }
}
