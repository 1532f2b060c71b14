using AmConnector.Webhooks;
using AmConnector.Webhooks.Inbound;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;

namespace AmConnector.Benchmarks.Micro;

/// <summary>
/// Inbound Standard Webhooks verification of one change notice (about 1 KB): ours with the
/// supplier's one secret, ours during a rotation (two secrets, the signature made with the second),
/// and the StandardWebhooks package's own <c>Verify</c> for comparison.
/// </summary>
[MemoryDiagnoser]
public class SignatureBenchmarks
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);
    private string oldSecret = "";
    private string newSecret = "";
    private string webhookId = "";
    private string timestamp = "";
    private string signature = "";
    private string body = "";
    private DateTimeOffset now;
    private HeaderDictionary headers = [];

    [GlobalSetup]
    public void Setup()
    {
        oldSecret = WebhookSecretProtector.NewSecret();
        newSecret = WebhookSecretProtector.NewSecret();
        body = MicroSamples.ChangeNoticeCloudEvent;
        webhookId = "msg_" + Guid.NewGuid().ToString("N");
        now = DateTimeOffset.UtcNow;
        timestamp = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        signature = new StandardWebhook(newSecret).Sign(webhookId, now, body);
        headers = new HeaderDictionary
        {
            ["webhook-id"] = webhookId,
            ["webhook-timestamp"] = timestamp,
            ["webhook-signature"] = signature,
        };
    }

    [Benchmark(Baseline = true)]
    public bool SignatureCheck_one_secret() =>
        SignatureCheck.Verify(webhookId, timestamp, signature, body, [newSecret], now, Tolerance) == SignatureCheck.Result.Valid;

    [Benchmark]
    public bool SignatureCheck_two_secrets_second_matches() =>
        SignatureCheck.Verify(webhookId, timestamp, signature, body, [oldSecret, newSecret], now, Tolerance) == SignatureCheck.Result.Valid;

    /// <summary>The package's Verify reads the wall clock itself and throws on a mismatch.</summary>
    [Benchmark]
    public bool StandardWebhooks_Verify()
    {
        new StandardWebhook(newSecret).Verify(body, headers);
        return true;
    }
}
