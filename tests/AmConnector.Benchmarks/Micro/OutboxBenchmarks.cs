using AmConnector.Data;
using AmConnector.Outbox;
using AmConnector.Webhooks;
using AmConnector.Webhooks.Outbound;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Benchmarks.Micro;

/// <summary>
/// The outbound path of one event: <see cref="OutboxWriter.Add"/> (serialising the data and adding
/// the row to the change set; the change tracker is cleared after each call, which is measured too),
/// the CloudEvent body the sender builds from the stored row, and the <c>webhook-signature</c> with
/// one secret and with two (a rotation's overlap).
/// </summary>
[MemoryDiagnoser]
public class OutboxBenchmarks
{
    private static readonly string[] Affected = ["NB-FBS-500", "NB-FBS-100"];
    private readonly OutboxWriter writer = new(TimeProvider.System);
    private AmConnectorDbContext db = null!;
    private OutboxMessage message = null!;
    private string body = "";
    private string[] oneSecret = [];
    private string[] twoSecrets = [];
    private DateTimeOffset timestamp;

    [GlobalSetup]
    public void Setup()
    {
        // Never opened: Add only touches the change tracker.
        db = new AmConnectorDbContext(new DbContextOptionsBuilder<AmConnectorDbContext>().UseSqlite("Data Source=:memory:").Options);
        message = AddNotice();
        db.ChangeTracker.Clear();
        body = CloudEventBody.Serialize(message, "urn:amconnector");
        oneSecret = [WebhookSecretProtector.NewSecret()];
        twoSecrets = [oneSecret[0], WebhookSecretProtector.NewSecret()];
        timestamp = DateTimeOffset.UtcNow;
    }

    [GlobalCleanup]
    public void Cleanup() => db.Dispose();

    [Benchmark]
    public Guid OutboxWriter_Add()
    {
        var added = AddNotice();
        db.ChangeTracker.Clear();
        return added.Id;
    }

    [Benchmark]
    public int CloudEventBody_Serialize() => CloudEventBody.Serialize(message, "urn:amconnector").Length;

    [Benchmark]
    public int Sign_one_secret() => WebhookSigner.Sign(oneSecret, "3f9d5c1e-0b7a-4e2f-9c3d-1a2b3c4d5e6f", timestamp, body).Length;

    [Benchmark]
    public int Sign_two_secrets() => WebhookSigner.Sign(twoSecrets, "3f9d5c1e-0b7a-4e2f-9c3d-1a2b3c4d5e6f", timestamp, body).Length;

    private OutboxMessage AddNotice() => writer.Add(db, EventTypes.ChangeNoticeReceived, "change-notices/NWB/CN-2026-0042", new
    {
        changeNoticeId = Guid.Parse("0b1e2c3d-4f5a-6b7c-8d9e-0f1a2b3c4d5e"),
        supplierCode = "NWB",
        supplierReference = "CN-2026-0042",
        version = 1,
        area = "Process",
        level = "Level1",
        title = "Sterile filter of the final fill changes supplier",
        affectedCatalogueNumbers = Affected,
        plannedImplementationOn = new DateOnly(2027, 9, 1),
        receivedAt = new DateTimeOffset(2026, 11, 28, 6, 0, 0, TimeSpan.Zero),
        leadTimeDays = 277,
        lateNotice = false,
    }, "NWB", "NB-FBS-500");
}
