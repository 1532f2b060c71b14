using AmConnector.ChangeNotices;
using AmConnector.Data;
using AmConnector.HostSystems;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.IntegrationTests.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace AmConnector.IntegrationTests.HostSystems;

/// <summary>
/// The server with a host QMS configured: the QMS and its token endpoint are WireMock.Net servers
/// on loopback, the clock is fake, every log is captured at Trace level, and the job worker does
/// not run by itself: tests call <see cref="RunJobsAsync"/>.
/// </summary>
public sealed class HostQmsFactory : AmConnectorFactory
{
    public const string ClientId = "amconnector-at-site";
    public const string ClientSecret = "host-qms-client-secret-do-not-log-4711";

    public HostQmsFactory()
    {
        Qms = WireMockServer.Start();
        QmsPort = Qms.Port;
        TokenServer = WireMockServer.Start();
    }

    public FakeTimeProvider TestClock { get; } = new(DateTimeOffset.UtcNow);

    public CapturedLogs Logs { get; } = new();

    /// <summary>The host QMS; <see cref="RestartQms"/> replaces it with a new server on the same port.</summary>
    public WireMockServer Qms { get; private set; }

    public int QmsPort { get; }

    public WireMockServer TokenServer { get; }

    protected override TimeProvider? Clock => TestClock;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("AmConnector:HostQms:Enabled", "true"),
        new("AmConnector:HostQms:BaseUrl", $"http://localhost:{QmsPort}"),
        new("AmConnector:HostQms:TokenEndpoint", $"{TokenServer.Url}/oauth/token"),
        new("AmConnector:HostQms:ClientId", ClientId),
        new("AmConnector:HostQms:ClientSecret", ClientSecret),
        new("AmConnector:HostQms:Scope", "qms.change-control"),
        new("AmConnector:HostQms:PublicBaseUrl", "https://amconnector.site.example"),
        // The quick in-call retries go at once: the fake clock does not move while a call runs.
        new("AmConnector:HostQms:CallRetryDelay", "00:00:00"),
    ];

    /// <summary>Stops the host QMS (its port then refuses connections).</summary>
    public void StopQms() => Qms.Stop();

    /// <summary>A fresh host QMS on the same port, as after a restart.</summary>
    public WireMockServer RestartQms()
    {
        Qms.Stop();
        Qms.Dispose();
        Qms = WireMockServer.Start(QmsPort);
        return Qms;
    }

    /// <summary>Answers token requests with <paramref name="token"/>, valid for <paramref name="expiresIn"/> seconds.</summary>
    public void IssueTokens(string token, int expiresIn = 300)
    {
        TokenServer.Reset();
        TokenServer.Given(Request.Create().WithPath("/oauth/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200)
                .WithBodyAsJson(new { access_token = token, token_type = "Bearer", expires_in = expiresIn }));
    }

    /// <summary>One pass of the job worker, as its loop would run it.</summary>
    public Task<int> RunJobsAsync() => Services.GetRequiredService<HostQmsJobWorker>().RunOnceAsync(CancellationToken.None);

    /// <summary>A decided notice of the demo supplier NWB, with a change control requested in the same save.</summary>
    public async Task<(Guid NoticeId, HostQmsJob Job)> DecideNoticeAsync(string reference)
    {
        await using var scope = Scope(out var db);
        var supplier = await db.Suppliers.SingleAsync(s => s.Code == "NWB");
        var notice = new ChangeNotice
        {
            SupplierId = supplier.Id,
            SupplierCode = supplier.Code,
            SupplierReference = reference,
            Version = 2,
            Level = ChangeLevel.Level2,
            Area = ChangeArea.Process,
            Title = "Filtration step moved to a new suite",
            AffectedCatalogueNumbers = ["NB-FBS-500"],
            NotifiedAt = TestClock.GetUtcNow(),
            Status = ChangeNoticeStatus.AcceptedWithActions,
            Assessment = new NoticeAssessment
            {
                Decision = "Accepted with actions",
                Impact = "Medium: sterility assurance of the filtration step.",
                Actions = "Requalify lots received after the move.",
            },
        };
        db.ChangeNotices.Add(notice);
        db.Audit.SystemActor = "test";
        var job = Services.GetRequiredService<HostQmsJobWriter>().RequestChangeControl(db, notice)
            ?? throw new InvalidOperationException("The host QMS is configured: the writer must queue a job.");
        await db.SaveChangesAsync();
        return (notice.Id, job);
    }

    /// <summary>Forgets the jobs of earlier tests, so a pass only sees this test's.</summary>
    public async Task ClearJobsAsync()
    {
        await using var scope = Scope(out var db);
        await db.HostQmsJobs.ExecuteDeleteAsync();
    }

    public async Task<HostQmsJob> JobAsync(Guid id)
    {
        await using var scope = Scope(out var db);
        return await db.HostQmsJobs.AsNoTracking().SingleAsync(j => j.Id == id);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging
            .AddProvider(Logs)
            .SetMinimumLevel(LogLevel.Trace)
            .AddFilter<CapturedLogs>(null, LogLevel.Trace));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Qms.Stop();
            Qms.Dispose();
            TokenServer.Stop();
            TokenServer.Dispose();
        }
    }
}
