using AmConnector.Webhooks;
using AmConnector.Webhooks.Inbound;
using StandardWebhooks;

namespace AmConnector.Tests.Webhooks.Inbound;

public sealed class SignatureCheckTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);
    private const string Body = """{"specversion":"1.0","id":"e1","type":"am.test","source":"s","data":{}}""";

    private readonly string secret = WebhookSecretProtector.NewSecret();
    private readonly string other = WebhookSecretProtector.NewSecret();

    [Fact]
    public void Verify_SignedByTheOfficialLibrary_IsValid()
    {
        var signature = new StandardWebhook(secret).Sign("msg_1", Now, Body);

        Assert.Equal(SignatureCheck.Result.Valid, Verify(signature, [secret]));
    }

    [Fact]
    public void Verify_AnyOfSeveralSignaturesMatchesAnyValidSecret_IsValid()
    {
        // A sender mid-rotation signs with both; we may hold only the new one, or both.
        var header = $"v1,{Convert.ToBase64String(new byte[32])} {new StandardWebhook(other).Sign("msg_1", Now, Body)}";

        Assert.Equal(SignatureCheck.Result.Valid, Verify(header, [secret, other]));
    }

    [Fact]
    public void Verify_SignatureUnderAnotherSecret_IsNoMatch() =>
        Assert.Equal(SignatureCheck.Result.NoMatch, Verify(new StandardWebhook(other).Sign("msg_1", Now, Body), [secret]));

    [Fact]
    public void Verify_NoValidSecretAtAll_IsNoMatch() =>
        Assert.Equal(SignatureCheck.Result.NoMatch, Verify(new StandardWebhook(secret).Sign("msg_1", Now, Body), []));

    [Fact]
    public void Verify_SignatureOfAnotherId_IsNoMatch() =>
        Assert.Equal(SignatureCheck.Result.NoMatch, Verify(new StandardWebhook(secret).Sign("msg_2", Now, Body), [secret]));

    [Fact]
    public void Verify_SchemeOtherThanV1_IsIgnored()
    {
        var v1 = new StandardWebhook(secret).Sign("msg_1", Now, Body);

        Assert.Equal(SignatureCheck.Result.NoMatch, Verify("v1a," + v1[3..], [secret]));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Verify_TimestampBeyondTolerance_IsStale(int offsetSeconds)
    {
        var sentAt = Now.AddSeconds(offsetSeconds);
        var signature = new StandardWebhook(secret).Sign("msg_1", sentAt, Body);

        Assert.Equal(SignatureCheck.Result.StaleTimestamp,
            SignatureCheck.Verify("msg_1", sentAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), signature, Body, [secret], Now, Tolerance));
    }

    [Theory]
    [InlineData(null, "1795860000", "v1,x")]
    [InlineData("msg_1", null, "v1,x")]
    [InlineData("msg_1", "not-a-number", "v1,x")]
    [InlineData("msg_1", "-5", "v1,x")]
    [InlineData("msg_1", "1795860000", null)]
    public void Verify_MissingOrMalformedHeader_IsMissingHeaders(string? id, string? timestamp, string? signature) =>
        Assert.Equal(SignatureCheck.Result.MissingHeaders, SignatureCheck.Verify(id, timestamp, signature, Body, [secret], Now, Tolerance));

    private static SignatureCheck.Result Verify(string signatureHeader, IEnumerable<string> secrets) =>
        SignatureCheck.Verify("msg_1", Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), signatureHeader, Body, secrets, Now, Tolerance);
}
