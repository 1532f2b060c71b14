using System.Text;
using AmConnector.HostSystems;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AmConnector.IntegrationTests.HostSystems;

/// <summary>The host QMS token: asked for once, reused until shortly before it expires, then renewed; never logged, nor is the secret.</summary>
public sealed class HostQmsTokenTests(HostQmsFactory factory) : IClassFixture<HostQmsFactory>
{
    [Fact]
    public async Task One_token_serves_several_calls_a_new_one_is_fetched_after_expiry_and_neither_token_nor_secret_is_logged()
    {
        await factory.ClearJobsAsync();
        // Past any token an earlier test of this class left in the cache.
        factory.TestClock.Advance(TimeSpan.FromDays(1));
        factory.Qms.Reset();
        factory.Qms.Given(Request.Create().WithPath("/change-controls").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { reference = "CC-5005", status = "Open" }));
        factory.IssueTokens("first-host-token-4c1d", expiresIn: 300);
        var mark = factory.Logs.Mark;

        for (var i = 0; i < 3; i++)
        {
            await factory.DecideNoticeAsync($"SCN-QMS-TOKEN-{i}");
        }

        Assert.Equal(3, await factory.RunJobsAsync());
        var tokenRequests = HostQmsRequests.To(factory.TokenServer, "POST", "/oauth/token");
        var request = Assert.Single(tokenRequests);
        Assert.Equal(
            "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{HostQmsFactory.ClientId}:{HostQmsFactory.ClientSecret}")),
            HostQmsRequests.Header(request, "Authorization"));
        Assert.Contains("grant_type=client_credentials", HostQmsRequests.Body(request), StringComparison.Ordinal);
        Assert.Contains("scope=qms.change-control", HostQmsRequests.Body(request), StringComparison.Ordinal);
        Assert.All(HostQmsRequests.To(factory.Qms, "POST", "/change-controls"),
            p => Assert.Equal("Bearer first-host-token-4c1d", HostQmsRequests.Header(p, "Authorization")));

        // Still fresh a little later; renewed once it is within the refresh margin of expiry.
        factory.TestClock.Advance(TimeSpan.FromSeconds(200));
        await factory.DecideNoticeAsync("SCN-QMS-TOKEN-FRESH");
        await factory.RunJobsAsync();
        Assert.Single(HostQmsRequests.To(factory.TokenServer, "POST", "/oauth/token"));

        factory.IssueTokens("second-host-token-9e2a", expiresIn: 300);
        factory.TestClock.Advance(TimeSpan.FromSeconds(100));
        await factory.DecideNoticeAsync("SCN-QMS-TOKEN-RENEWED");
        await factory.RunJobsAsync();
        Assert.Single(HostQmsRequests.To(factory.TokenServer, "POST", "/oauth/token"));
        var last = HostQmsRequests.To(factory.Qms, "POST", "/change-controls")[^1];
        Assert.Equal("Bearer second-host-token-9e2a", HostQmsRequests.Header(last, "Authorization"));

        var logs = factory.Logs.Since(mark);
        Assert.Contains(logs, e => e.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
        foreach (var secret in new[] { HostQmsFactory.ClientSecret, "first-host-token-4c1d", "second-host-token-9e2a", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{HostQmsFactory.ClientId}:{HostQmsFactory.ClientSecret}")) })
        {
            Assert.DoesNotContain(logs, e => e.Text.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_token_the_host_no_longer_accepts_is_replaced_and_the_call_sent_again_with_the_same_key()
    {
        await factory.ClearJobsAsync();
        factory.TestClock.Advance(TimeSpan.FromDays(1));
        factory.Qms.Reset();
        factory.TokenServer.Reset();
        factory.TokenServer.Given(Request.Create().WithPath("/oauth/token").UsingPost())
            .InScenario("rolled keys").WillSetStateTo("second")
            .RespondWith(Response.Create().WithBodyAsJson(new { access_token = "revoked-token", expires_in = 3600 }));
        factory.TokenServer.Given(Request.Create().WithPath("/oauth/token").UsingPost())
            .InScenario("rolled keys").WhenStateIs("second")
            .RespondWith(Response.Create().WithBodyAsJson(new { access_token = "fresh-token", expires_in = 3600 }));
        factory.Qms.Given(Request.Create().WithPath("/change-controls").UsingPost().WithHeader("Authorization", "Bearer revoked-token"))
            .RespondWith(Response.Create().WithStatusCode(401));
        factory.Qms.Given(Request.Create().WithPath("/change-controls").UsingPost().WithHeader("Authorization", "Bearer fresh-token"))
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { reference = "CC-6006", status = "Open" }));

        var (_, job) = await factory.DecideNoticeAsync("SCN-QMS-TOKEN-ROLLED");
        await factory.RunJobsAsync();

        var done = await factory.JobAsync(job.Id);
        Assert.Equal((HostQmsJobStatus.Done, "CC-6006", 1), (done.Status, done.Reference, done.Attempts));
        var posts = HostQmsRequests.To(factory.Qms, "POST", "/change-controls");
        Assert.Equal(["Bearer revoked-token", "Bearer fresh-token"], posts.Select(p => HostQmsRequests.Header(p, "Authorization")));
        Assert.Equal([job.Id.ToString()], posts.Select(p => HostQmsRequests.Header(p, HostQmsHeaders.IdempotencyKey)).Distinct());
        Assert.Equal(2, HostQmsRequests.To(factory.TokenServer, "POST", "/oauth/token").Count);
    }

    [Fact]
    public async Task A_token_endpoint_that_refuses_the_client_makes_the_job_wait_not_fail()
    {
        await factory.ClearJobsAsync();
        factory.TestClock.Advance(TimeSpan.FromDays(1));
        factory.TokenServer.Reset();
        factory.TokenServer.Given(Request.Create().WithPath("/oauth/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(401).WithBodyAsJson(new { error = "invalid_client" }));
        var mark = factory.Logs.Mark;

        var (_, job) = await factory.DecideNoticeAsync("SCN-QMS-TOKEN-REFUSED");
        await factory.RunJobsAsync();

        var waiting = await factory.JobAsync(job.Id);
        Assert.Equal(HostQmsJobStatus.Pending, waiting.Status);
        Assert.Contains("invalid_client", waiting.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Logs.Since(mark), e => e.Text.Contains(HostQmsFactory.ClientSecret, StringComparison.Ordinal));
    }
}
