using AmConnector.Webhooks;
using AmConnector.Webhooks.Outbound;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;

namespace AmConnector.Tests.Webhooks.Outbound;

public sealed class WebhookSignerTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private const string Body = """{"specversion":"1.0"}""";

    [Fact]
    public void Sign_TwoSecrets_CurrentFirstAndEachSignatureVerifiesWithItsSecret()
    {
        var current = WebhookSecretProtector.NewSecret();
        var previous = WebhookSecretProtector.NewSecret();

        var header = WebhookSigner.Sign([current, previous], "msg-1", Now, Body);

        var signatures = header.Split(' ');
        Assert.Equal(2, signatures.Length);
        // StandardWebhooks 1.1.2 compares only the first signature of the header (the spec says any),
        // so the whole header verifies with the current secret, and each signature with its own.
        new StandardWebhook(current).Verify(Body, Headers(header));
        new StandardWebhook(current).Verify(Body, Headers(signatures[0]));
        new StandardWebhook(previous).Verify(Body, Headers(signatures[1]));
    }

    [Fact]
    public void Sign_OneSecret_IsTheStandardSignature()
    {
        var secret = WebhookSecretProtector.NewSecret();

        Assert.Equal(new StandardWebhook(secret).Sign("msg-1", Now, Body), WebhookSigner.Sign([secret], "msg-1", Now, Body));
    }

    private static HeaderDictionary Headers(string signature) => new()
    {
        ["webhook-id"] = "msg-1",
        ["webhook-timestamp"] = Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["webhook-signature"] = signature,
    };
}
