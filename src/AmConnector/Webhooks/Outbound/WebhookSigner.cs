using StandardWebhooks;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// The <c>webhook-signature</c> header of Standard Webhooks: one <c>v1,…</c> signature per secret in
/// use, space-separated, so a receiver that still knows only the old secret (during a rotation's
/// overlap) or already only the new one verifies the same request.
/// </summary>
internal static class WebhookSigner
{
    public static string Sign(IEnumerable<string> secrets, string webhookId, DateTimeOffset timestamp, string body) =>
        string.Join(' ', secrets.Select(secret => new StandardWebhook(secret).Sign(webhookId, timestamp, body)));
}
