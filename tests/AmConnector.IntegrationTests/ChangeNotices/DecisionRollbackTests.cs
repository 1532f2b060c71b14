using System.Net;
using AmConnector.ChangeNotices;
using AmConnector.Data;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Lots;
using AmConnector.Qualifications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmConnector.IntegrationTests.ChangeNotices;

/// <summary>A decision applies its actions together: when the host change control fails, nothing of it is stored.</summary>
public sealed class DecisionRollbackTests(DecisionRollbackTests.FailingHostFactory factory) : IClassFixture<DecisionRollbackTests.FailingHostFactory>
{
    private static readonly string[] AllActions = ["RequireRequalification", "HoldLots", "OpenHostChangeControl"];

    [Fact]
    public async Task When_one_action_fails_the_decision_and_every_other_action_roll_back()
    {
        using var qa = factory.CreateClientFor(TestClients.Qa);
        var published = await Notices.PublishAsync(factory, Notices.New("NWB", "RB-1", ChangeArea.Process, ChangeLevel.Level2, "NB-FBS-500"));
        var id = published.Notice!.Id;
        Assert.Equal(HttpStatusCode.OK, (await Notices.ActAsync(qa, id, "Triage", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Notices.ActAsync(qa, id, "StartAssessment", new { })).StatusCode);
        var before = await StateAsync();

        var response = await Notices.ActAsync(qa, id, "Decide", new
        {
            decision = "AcceptedWithActions", impact = "Medium.", reason = "Requalify and hold.",
            actions = AllActions,
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("host QMS unreachable", (await response.ReadJsonAsync()).ErrorMessage(), StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());
        var notice = await Notices.LoadAsync(factory, id);
        Assert.Equal(ChangeNoticeStatus.UnderAssessment, notice.Status);
        Assert.Null(notice.Assessment.Decision);
    }

    private async Task<(QualificationStatus Qualification, int Holds, int Events, int Audit)> StateAsync()
    {
        await using var scope = factory.Scope(out var db);
        var qualification = await db.Qualifications.Where(q => q.Material!.CatalogueNumber == "NB-FBS-500").Select(q => q.Status).SingleAsync();
        return (qualification, await db.Set<LotHold>().CountAsync(), await db.OutboxMessages.CountAsync(), await db.AuditEvents.CountAsync());
    }

    /// <summary>The demo, with a host QMS whose change-control request always fails.</summary>
    public sealed class FailingHostFactory : AmConnectorFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Scoped<IHostChangeControlRequester, FailingRequester>()));
        }
    }

    private sealed class FailingRequester : IHostChangeControlRequester
    {
        public Task<HostChangeControlResult> RequestAsync(AmConnectorDbContext db, ChangeNotice notice, CancellationToken cancellationToken) =>
            Task.FromResult(HostChangeControlResult.Failed("host QMS unreachable"));
    }
}
