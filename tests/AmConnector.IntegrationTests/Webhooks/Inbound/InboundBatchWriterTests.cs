using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Webhooks.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AmConnector.IntegrationTests.Webhooks.Inbound;

/// <summary>Group commit (ADR-015): events applied in ONE transaction, each answered as if it had come alone.</summary>
public sealed class InboundBatchWriterTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    private static readonly string[] AffectedCatalogue = ["NB-FBS-500"];

    [Fact]
    public async Task Each_event_of_one_batch_gets_its_own_answer_and_a_refused_or_repeated_one_costs_the_others_nothing()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var first = await SubmissionAsync(Notice($"BATCH-{run}-1"), "msg_a" + run);
        var sameWebhookId = await SubmissionAsync(Notice($"BATCH-{run}-1"), "msg_a" + run);
        var sameReference = await SubmissionAsync(Notice($"BATCH-{run}-1"), "msg_b" + run);
        var other = await SubmissionAsync(Notice($"BATCH-{run}-2"), "msg_c" + run);
        var writer = factory.Services.GetServices<IHostedService>().OfType<InboundBatchWriter>().Single();

        await writer.WriteAsync([first, sameWebhookId, sameReference, other]);

        var firstAnswer = Assert.IsType<ContentHttpResult>(await first.Answer);
        Assert.Equal(StatusCodes.Status202Accepted, firstAnswer.StatusCode);
        var repeat = Assert.IsType<ContentHttpResult>(await sameWebhookId.Answer);
        Assert.Equal(StatusCodes.Status200OK, repeat.StatusCode);
        Assert.Equal(firstAnswer.ResponseContent, repeat.ResponseContent);
        var conflict = Assert.IsType<ProblemHttpResult>(await sameReference.Answer);
        Assert.Equal(StatusCodes.Status409Conflict, conflict.StatusCode);
        Assert.Equal(StatusCodes.Status202Accepted, Assert.IsType<ContentHttpResult>(await other.Answer).StatusCode);

        await using var scope = factory.Scope(out var db);
        Assert.Equal(2, await db.InboundEvents.CountAsync(e => e.WebhookId.EndsWith(run)));
        Assert.Equal(2, await db.ChangeNotices.IgnoreQueryFilters().CountAsync(n => n.SupplierReference.StartsWith($"BATCH-{run}-")));
        // The refused event left nothing behind its savepoint: exactly the accepted events are audited.
        var inboundIds = (await db.InboundEvents.Where(e => e.WebhookId.EndsWith(run)).Select(e => e.Id).ToListAsync()).ConvertAll(id => id.ToString());
        var audited = await db.AuditEvents.Where(e => e.InboundEventId != null && inboundIds.Contains(e.InboundEventId)).Select(e => e.InboundEventId).Distinct().CountAsync();
        Assert.Equal(2, audited);
    }

    [Fact]
    public async Task A_repeat_of_the_CloudEvent_id_in_the_same_batch_is_answered_200_with_the_first_answer()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var id = Guid.NewGuid().ToString();
        var first = await SubmissionAsync(Notice($"BATCH-{run}-1", id), "msg_x" + run);
        var resent = await SubmissionAsync(Notice($"BATCH-{run}-1", id), "msg_y" + run);
        var writer = factory.Services.GetServices<IHostedService>().OfType<InboundBatchWriter>().Single();

        await writer.WriteAsync([first, resent]);

        var accepted = Assert.IsType<ContentHttpResult>(await first.Answer);
        var repeat = Assert.IsType<ContentHttpResult>(await resent.Answer);
        Assert.Equal((StatusCodes.Status202Accepted, StatusCodes.Status200OK), (accepted.StatusCode!.Value, repeat.StatusCode!.Value));
        Assert.Equal(accepted.ResponseContent, repeat.ResponseContent);
    }

    private static string Notice(string reference, string? id = null) => SupplierEvents.CloudEvent("am.change-notice.published", new
    {
        supplierReference = reference,
        version = 1,
        area = "Process",
        level = "Level1",
        title = "Batch test",
        description = "Filter supplier change.",
        rationale = "Continuity.",
        affectedCatalogueNumbers = AffectedCatalogue,
        plannedImplementationOn = "2027-09-01",
    }, id);

    private Task<InboundSubmission> SubmissionAsync(string body, string webhookId) => InboundSubmissions.CreateAsync(factory, body, webhookId);
}
