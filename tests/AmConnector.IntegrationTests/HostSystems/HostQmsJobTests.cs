using System.Text.Json;
using AmConnector.HostSystems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AmConnector.IntegrationTests.HostSystems;

/// <summary>
/// Host-QMS jobs against a WireMock.Net host QMS: a change control is created once per job whatever
/// happens to the answers, a host that is down keeps its jobs, and a refusal is kept for a person.
/// </summary>
public sealed class HostQmsJobTests(HostQmsFactory factory) : IClassFixture<HostQmsFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await factory.ClearJobsAsync();
        factory.Qms.Reset();
        factory.IssueTokens("host-token-jobs", expiresIn: 365 * 24 * 3600);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_change_control_whose_first_answer_is_lost_is_created_once_with_the_same_key_and_its_reference_lands_on_the_notice()
    {
        factory.Qms.Given(Request.Create().WithPath("/change-controls").UsingPost())
            .InScenario("lost answer").WillSetStateTo("created")
            .RespondWith(Response.Create().WithStatusCode(500));
        factory.Qms.Given(Request.Create().WithPath("/change-controls").UsingPost())
            .InScenario("lost answer").WhenStateIs("created")
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { reference = "CC-1001", status = "Open" }));

        var (noticeId, job) = await factory.DecideNoticeAsync("SCN-QMS-IDEMPOTENT");
        await factory.RunJobsAsync();

        var posts = HostQmsRequests.To(factory.Qms, "POST", "/change-controls");
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal(job.Id.ToString(), HostQmsRequests.Header(p, HostQmsHeaders.IdempotencyKey)));
        Assert.All(posts, p => Assert.Equal("Bearer host-token-jobs", HostQmsRequests.Header(p, "Authorization")));
        var body = JsonDocument.Parse(HostQmsRequests.Body(posts[0])).RootElement;
        Assert.Equal("SCN-QMS-IDEMPOTENT", body.GetProperty("noticeReference").GetString());
        Assert.Equal("NWB", body.GetProperty("supplierCode").GetString());
        Assert.Equal(2, body.GetProperty("noticeVersion").GetInt32());
        Assert.Equal("Level2", body.GetProperty("level").GetString());
        Assert.Equal("Process", body.GetProperty("area").GetString());
        Assert.Equal("Accepted with actions", body.GetProperty("decision").GetString());
        Assert.Equal("NB-FBS-500", body.GetProperty("affectedCatalogueNumbers")[0].GetString());
        Assert.Equal($"https://amconnector.site.example/odata/ChangeNotices({noticeId})", body.GetProperty("url").GetString());

        var done = await factory.JobAsync(job.Id);
        Assert.Equal(HostQmsJobStatus.Done, done.Status);
        Assert.Equal("CC-1001", done.Reference);
        Assert.Null(done.LeaseOwner);
        await using var scope = factory.Scope(out var db);
        var notice = await db.ChangeNotices.AsNoTracking().SingleAsync(n => n.Id == noticeId);
        Assert.Equal("CC-1001", notice.Assessment.HostChangeControlReference);
        var audit = await db.AuditEvents.AsNoTracking().Where(e => e.EntityKey == noticeId.ToString()).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(HostQmsJobProcessor.Actor, audit[^1].ClientId);
        Assert.Contains("CC-1001", audit[^1].NewValues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_in_a_later_pass_after_a_lost_answer_sends_the_same_key_and_the_host_answers_with_its_first_record()
    {
        // The host created CC-2002 on the first try but its answer arrived without a body; the job
        // waits, and the next pass repeats the request with the same key: the host answers 200 with that record.
        factory.Qms.Given(Request.Create().WithPath("/change-controls").UsingPost())
            .InScenario("no answer").WillSetStateTo("created")
            .RespondWith(Response.Create().WithStatusCode(201));
        factory.Qms.Given(Request.Create().WithPath("/change-controls").UsingPost())
            .InScenario("no answer").WhenStateIs("created")
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { reference = "CC-2002", status = "Open" }));

        var (noticeId, job) = await factory.DecideNoticeAsync("SCN-QMS-LOST");
        await factory.RunJobsAsync();
        var afterFirst = await factory.JobAsync(job.Id);
        Assert.Equal(HostQmsJobStatus.Pending, afterFirst.Status);
        Assert.Null(afterFirst.Reference);

        factory.TestClock.Advance(afterFirst.NextAttemptAt - factory.TestClock.GetUtcNow());
        await factory.RunJobsAsync();
        var done = await factory.JobAsync(job.Id);
        var posts = HostQmsRequests.To(factory.Qms, "POST", "/change-controls");

        Assert.True(done.Status == HostQmsJobStatus.Done, done.LastError);
        Assert.Equal(("CC-2002", 2), (done.Reference, done.Attempts));
        Assert.Equal(2, posts.Count);
        Assert.Equal([job.Id.ToString()], posts.Select(p => HostQmsRequests.Header(p, HostQmsHeaders.IdempotencyKey)).Distinct());
        await using var scope = factory.Scope(out var db);
        Assert.Equal("CC-2002", (await db.ChangeNotices.AsNoTracking().SingleAsync(n => n.Id == noticeId)).Assessment.HostChangeControlReference);
    }

    [Fact]
    public async Task A_host_that_is_down_keeps_the_job_until_it_recovers_and_then_gets_it_once()
    {
        factory.Qms.Given(Request.Create().WithPath("/change-controls").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "application/problem+json")
                .WithBody("""{"title":"Maintenance","status":503}"""));
        var (noticeId, job) = await factory.DecideNoticeAsync("SCN-QMS-DOWN");

        // 503 on every quick retry: the job waits for its backoff.
        await factory.RunJobsAsync();
        var waiting = await factory.JobAsync(job.Id);
        Assert.Equal(HostQmsJobStatus.Pending, waiting.Status);
        Assert.Equal(1, waiting.Attempts);
        Assert.Contains("503", waiting.LastError, StringComparison.Ordinal);
        Assert.True(waiting.NextAttemptAt > factory.TestClock.GetUtcNow());
        var keys = HostQmsRequests.To(factory.Qms, "POST", "/change-controls").Select(p => HostQmsRequests.Header(p, HostQmsHeaders.IdempotencyKey)).ToList();

        // Not due yet: nothing is sent.
        Assert.Equal(0, await factory.RunJobsAsync());

        // Down altogether: the connection is refused; the job still waits.
        factory.StopQms();
        factory.TestClock.Advance(waiting.NextAttemptAt - factory.TestClock.GetUtcNow() + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await factory.RunJobsAsync());
        var refused = await factory.JobAsync(job.Id);
        Assert.Equal(HostQmsJobStatus.Pending, refused.Status);
        Assert.Equal(2, refused.Attempts);
        Assert.True(refused.NextAttemptAt - factory.TestClock.GetUtcNow() > waiting.NextAttemptAt - waiting.CreatedAt, "the backoff grows");

        // Back up.
        var qms = factory.RestartQms();
        qms.Given(Request.Create().WithPath("/change-controls").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { reference = "CC-3003", status = "Open" }));
        factory.TestClock.Advance(refused.NextAttemptAt - factory.TestClock.GetUtcNow() + TimeSpan.FromSeconds(1));
        await factory.RunJobsAsync();

        var done = await factory.JobAsync(job.Id);
        Assert.Equal(HostQmsJobStatus.Done, done.Status);
        Assert.Equal(3, done.Attempts);
        keys.AddRange(HostQmsRequests.To(qms, "POST", "/change-controls").Select(p => HostQmsRequests.Header(p, HostQmsHeaders.IdempotencyKey)));
        Assert.Equal([job.Id.ToString()], keys.Distinct());
        await using var scope = factory.Scope(out var db);
        Assert.Equal("CC-3003", (await db.ChangeNotices.AsNoTracking().SingleAsync(n => n.Id == noticeId)).Assessment.HostChangeControlReference);
    }

    [Fact]
    public async Task Committing_a_job_wakes_the_worker()
    {
        var signal = factory.Services.GetRequiredService<HostQmsSignal>();
        while (signal.TryTake())
        {
        }

        await factory.DecideNoticeAsync("SCN-QMS-WAKE");

        Assert.True(signal.TryTake());
    }

    [Fact]
    public async Task A_refusal_fails_the_job_at_once_and_keeps_the_hosts_problem_details()
    {
        factory.Qms.Given(Request.Create().WithPath("/change-controls").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(422).WithHeader("Content-Type", "application/problem+json")
                .WithBody("""{"title":"Unknown supplier","status":422,"detail":"Supplier NWB is not in the QMS supplier list."}"""));
        var (noticeId, job) = await factory.DecideNoticeAsync("SCN-QMS-REFUSED");

        await factory.RunJobsAsync();

        var failed = await factory.JobAsync(job.Id);
        Assert.Equal(HostQmsJobStatus.Failed, failed.Status);
        Assert.Contains("422", failed.LastError, StringComparison.Ordinal);
        Assert.Contains("Supplier NWB is not in the QMS supplier list.", failed.LastError, StringComparison.Ordinal);
        Assert.Single(HostQmsRequests.To(factory.Qms, "POST", "/change-controls"));
        await using var scope = factory.Scope(out var db);
        Assert.Null((await db.ChangeNotices.AsNoTracking().SingleAsync(n => n.Id == noticeId)).Assessment.HostChangeControlReference);
    }

    [Fact]
    public async Task A_job_leased_by_another_instance_is_left_alone_until_its_lease_runs_out()
    {
        factory.Qms.Given(Request.Create().WithPath("/change-controls").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { reference = "CC-4004", status = "Open" }));
        var (_, job) = await factory.DecideNoticeAsync("SCN-QMS-LEASED");
        await using (var scope = factory.Scope(out var db))
        {
            var until = factory.TestClock.GetUtcNow().AddMinutes(5);
            await db.HostQmsJobs.Where(j => j.Id == job.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, "other-instance").SetProperty(j => j.LeaseUntil, until));
        }

        Assert.Equal(0, await factory.RunJobsAsync());
        Assert.Empty(factory.Qms.LogEntries);

        factory.TestClock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await factory.RunJobsAsync());
        Assert.Equal(HostQmsJobStatus.Done, (await factory.JobAsync(job.Id)).Status);
    }

    [Fact]
    public async Task A_lot_hold_is_placed_and_then_released_by_the_reference_the_host_gave_it()
    {
        Guid placeId, releaseId;
        string path;
        await using (var scope = factory.Scope(out var db))
        {
            var lot = await db.Lots.AsNoTracking().FirstAsync(l => l.SupplierCode == "NWB");
            path = $"/lots/{lot.SupplierCode}/{lot.CatalogueNumber}/{lot.LotNumber}/holds";
            var writer = factory.Services.GetRequiredService<HostQmsJobWriter>();
            var hold = new AmConnector.Lots.LotHold { LotId = lot.Id, Reason = "Supplier change SCN-QMS-HOLD", SourceReference = "SCN-QMS-HOLD" };
            placeId = writer.RequestLotHold(db, lot, "Supplier change SCN-QMS-HOLD under assessment", hold)!.Id;
            releaseId = writer.RequestLotHoldRelease(db, lot, "Assessment found no impact", hold)!.Id;
            await db.SaveChangesAsync();
        }

        factory.Qms.Given(Request.Create().WithPath(path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { reference = "H-77", status = "Active" }));
        factory.Qms.Given(Request.Create().WithPath(path + "/H-77/release").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { reference = "H-77", status = "Released" }));

        // Both are due at once; a release that comes first waits for its hold to be placed.
        await factory.RunJobsAsync();
        factory.TestClock.Advance(TimeSpan.FromMinutes(1));
        await factory.RunJobsAsync();

        Assert.Equal(("H-77", "Active"), await ResultAsync(placeId));
        Assert.Equal(("H-77", "Released"), await ResultAsync(releaseId));
        var placed = Assert.Single(HostQmsRequests.To(factory.Qms, "POST", path));
        Assert.Equal("SCN-QMS-HOLD", JsonDocument.Parse(HostQmsRequests.Body(placed)).RootElement.GetProperty("sourceReference").GetString());
        var released = Assert.Single(HostQmsRequests.To(factory.Qms, "POST", path + "/H-77/release"));
        Assert.Equal(releaseId.ToString(), HostQmsRequests.Header(released, HostQmsHeaders.IdempotencyKey));
        Assert.Equal("Assessment found no impact", JsonDocument.Parse(HostQmsRequests.Body(released)).RootElement.GetProperty("reason").GetString());
    }

    private async Task<(string?, string?)> ResultAsync(Guid id)
    {
        var job = await factory.JobAsync(id);
        Assert.Equal(HostQmsJobStatus.Done, job.Status);
        return (job.Reference, job.ResultStatus);
    }
}
