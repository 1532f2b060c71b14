using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.ChangeNotices;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Webhooks.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AmConnector.IntegrationTests.Webhooks.Inbound;

/// <summary>
/// Acknowledge on store (ADR-020): a verified event is answered 202 once stored; the single writer
/// then applies it, in order, with the same audit, outbox and answer it would have had on receipt,
/// and a refusal is recorded on the event for the supplier to read.
/// </summary>
public sealed class OnStoreAcknowledgementTests(OnStoreFactory factory) : IClassFixture<OnStoreFactory>
{
    private static readonly string[] AffectedCatalogue = ["NB-FBS-500"];

    [Fact]
    public async Task A_stored_notice_is_answered_202_pending_then_applied_under_the_senders_trace_and_reason()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        var reference = "STORED-" + Guid.NewGuid().ToString("N")[..8];
        using var client = factory.CreateAnonymousClient();
        using var request = SupplierEvents.Post("NWB", secret, SupplierEvents.CloudEvent("am.change-notice.published", Notice(reference, 1)));
        request.Headers.Add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        request.Headers.Add("AmConnector-Reason", "Supplier merger: notices re-sent in bulk");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var ack = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Pending", ack.GetProperty("state").GetString());
        var id = ack.GetProperty("inboundEventId").GetGuid();
        var summary = await SettledAsync(id);
        Assert.Equal("Applied", summary.GetProperty("state").GetString());
        Assert.Equal(StatusCodes.Status202Accepted, summary.GetProperty("outcomeStatus").GetInt32());
        Assert.True(summary.TryGetProperty("processedAt", out var processed) && processed.ValueKind == JsonValueKind.String);

        await using var scope = factory.Scope(out var db);
        var notice = await db.ChangeNotices.IgnoreQueryFilters().SingleAsync(n => n.SupplierReference == reference);
        var audit = await db.AuditEvents.Where(e => e.InboundEventId == id.ToString()).ToListAsync();
        Assert.Contains(audit, e => e.EntityKey == notice.Id.ToString());
        Assert.All(audit, e =>
        {
            Assert.Equal("supplier:NWB", e.ClientId);
            Assert.Equal("Supplier merger: notices re-sent in bulk", e.Reason);
            Assert.Contains("4bf92f3577b34da6a3ce929d0e0e4736", e.CorrelationId, StringComparison.Ordinal);
        });
        Assert.True(await db.OutboxMessages.AnyAsync(m => m.Type == "am.change-notice.received" && m.Subject == $"change-notices/NWB/{reference}"));

        // A repeat now gets the answer of the applied event, with its result, as on receipt.
        using var repeat = await client.SendAsync(SupplierEvents.Post("NWB", secret, SupplierEvents.CloudEvent("am.change-notice.published", Notice(reference, 1)),
            webhookId: request.Headers.GetValues("webhook-id").Single()));
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        var replayed = await repeat.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, replayed.GetProperty("inboundEventId").GetGuid());
        Assert.Equal(JsonValueKind.Object, replayed.GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task A_stored_event_the_rules_refuse_is_recorded_with_its_problem_and_a_repeat_gets_the_refusal()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        var body = SupplierEvents.CloudEvent("am.lot.recalled", new { catalogueNumber = "NB-FBS-500", lotNumber = "NO-SUCH-LOT", reason = "x" });
        var webhookId = "msg_refused_" + Guid.NewGuid().ToString("N");
        using var client = factory.CreateAnonymousClient();

        using var response = await client.SendAsync(SupplierEvents.Post("NWB", secret, body, webhookId));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("inboundEventId").GetGuid();
        var summary = await SettledAsync(id);
        Assert.Equal("Refused", summary.GetProperty("state").GetString());
        Assert.Equal(StatusCodes.Status422UnprocessableEntity, summary.GetProperty("outcomeStatus").GetInt32());
        var problem = JsonDocument.Parse(summary.GetProperty("outcome").GetString()!).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("/data/lotNumber", out _));
        await using (var scope = factory.Scope(out var db))
        {
            // Refused: nothing of it is applied, so nothing is audited as caused by it.
            Assert.False(await db.AuditEvents.AnyAsync(e => e.InboundEventId == id.ToString()));
        }

        using var repeat = await client.SendAsync(SupplierEvents.Post("NWB", secret, body, webhookId));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, repeat.StatusCode);
        Assert.Equal("application/problem+json", repeat.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_revision_sent_right_after_its_notice_is_applied_after_it()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        var reference = "ORDER-" + Guid.NewGuid().ToString("N")[..8];
        using var client = factory.CreateAnonymousClient();

        using var published = await client.SendAsync(SupplierEvents.Post("NWB", secret, SupplierEvents.CloudEvent("am.change-notice.published", Notice(reference, 1))));
        using var revised = await client.SendAsync(SupplierEvents.Post("NWB", secret, SupplierEvents.CloudEvent("am.change-notice.revised", Notice(reference, 2))));

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (published.StatusCode, revised.StatusCode));
        var revision = await SettledAsync((await revised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("inboundEventId").GetGuid());
        Assert.Equal("Applied", revision.GetProperty("state").GetString());
        await using var scope = factory.Scope(out var db);
        var notice = await db.ChangeNotices.IgnoreQueryFilters().Include(n => n.Versions).SingleAsync(n => n.SupplierReference == reference);
        Assert.Equal([1, 2], notice.Versions.Select(v => v.Version).Order());
    }

    [Fact]
    public async Task Another_suppliers_caller_cannot_read_the_event()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        using var client = factory.CreateAnonymousClient();
        using var response = await client.SendAsync(SupplierEvents.Post("NWB", secret, SupplierEvents.CloudEvent("am.test", new { message = "mine" })));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("inboundEventId").GetGuid();
        using var other = factory.CreateClientFor(TestClients.SupplierHlx);

        using var asOther = await other.GetAsync(new Uri($"/webhooks/suppliers/NWB/events/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, asOther.StatusCode);
        Assert.Equal("Applied", (await SettledAsync(id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_full_backlog_is_answered_503_with_Retry_After_and_stores_nothing()
    {
        var options = Options.Create(new AmConnectorOptions { SupplierWebhooks = { Acknowledge = InboundAcknowledgement.OnStore, MaxPendingEvents = 2 } });
        var backlog = new InboundBacklog();
        backlog.Add(Guid.NewGuid());
        backlog.Add(Guid.NewGuid());
        // A writer of its own (not the running one), whose backlog is full.
        var writer = new InboundBatchWriter(new InboundCommitQueue(options), backlog, factory.Services.GetRequiredService<IServiceScopeFactory>(),
            TimeProvider.System, options, NullLogger<InboundBatchWriter>.Instance);
        var webhookId = "msg_full_" + Guid.NewGuid().ToString("N");
        var submission = await InboundSubmissions.CreateAsync(factory, SupplierEvents.CloudEvent("am.test", new { message = "later" }), webhookId);

        await writer.StoreAsync([submission]);

        var answer = Assert.IsType<RetryAfterResult>(await submission.Answer);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, answer.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), answer.After);
        await using var scope = factory.Scope(out var db);
        Assert.False(await db.InboundEvents.AnyAsync(e => e.WebhookId == webhookId));
    }

    [Fact]
    public async Task Two_retries_in_one_batch_of_an_event_stored_earlier_both_get_its_answer()
    {
        var (writer, _) = OwnWriter();
        var body = SupplierEvents.CloudEvent("am.test", new { message = "retried" });
        var webhookId = "msg_retry_" + Guid.NewGuid().ToString("N");
        var original = await InboundSubmissions.CreateAsync(factory, body, webhookId);
        await writer.StoreAsync([original]);
        var stored = Assert.IsType<ContentHttpResult>(await original.Answer);
        // Both retries passed the receiver's repeat check before the first was stored, and meet in one batch.
        var second = await InboundSubmissions.CreateAsync(factory, body, webhookId);
        var third = await InboundSubmissions.CreateAsync(factory, body, webhookId);

        await writer.StoreAsync([second, third]);

        foreach (var retry in new[] { second, third })
        {
            var answer = Assert.IsType<ContentHttpResult>(await retry.Answer);
            Assert.Equal(StatusCodes.Status200OK, answer.StatusCode);
            Assert.Equal(stored.ResponseContent, answer.ResponseContent);
        }

        await using var scope = factory.Scope(out var db);
        Assert.Equal(1, await db.InboundEvents.CountAsync(e => e.WebhookId == webhookId));
    }

    [Fact]
    public async Task An_event_of_a_supplier_suspended_before_it_is_applied_is_refused_403_and_changes_nothing()
    {
        var (writer, backlog) = OwnWriter();
        var submission = await InboundSubmissions.CreateAsync(factory, SupplierEvents.CloudEvent("am.test", new { message = "late" }, supplierCode: "ORB"),
            "msg_suspended_" + Guid.NewGuid().ToString("N"), "ORB");
        await writer.StoreAsync([submission]);
        Assert.Equal(1, backlog.Count);
        var before = submission.Supplier.Approval;
        await SetApprovalAsync("ORB", AmConnector.Suppliers.SupplierApproval.Suspended);
        try
        {
            await writer.ApplyStoredAsync(CancellationToken.None);
        }
        finally
        {
            await SetApprovalAsync("ORB", before);
        }

        Assert.Equal(0, backlog.Count);
        await using var scope = factory.Scope(out var db);
        var row = await db.InboundEvents.AsNoTracking().SingleAsync(e => e.Id == submission.Inbox.Id);
        Assert.Equal((InboundEventState.Refused, StatusCodes.Status403Forbidden), (row.State, row.OutcomeStatus));
        Assert.False(await db.AuditEvents.AnyAsync(e => e.InboundEventId == row.Id.ToString()));
    }

    /// <summary>A writer of the test's own (not the running one), on the same database, with its own backlog.</summary>
    private (InboundBatchWriter Writer, InboundBacklog Backlog) OwnWriter()
    {
        var options = Options.Create(new AmConnectorOptions { SupplierWebhooks = { Acknowledge = InboundAcknowledgement.OnStore } });
        var backlog = new InboundBacklog();
        return (new InboundBatchWriter(new InboundCommitQueue(options), backlog, factory.Services.GetRequiredService<IServiceScopeFactory>(),
            TimeProvider.System, options, NullLogger<InboundBatchWriter>.Instance), backlog);
    }

    private async Task SetApprovalAsync(string supplierCode, AmConnector.Suppliers.SupplierApproval approval)
    {
        await using var scope = factory.Scope(out var db);
        await db.Suppliers.Where(s => s.Code == supplierCode).ExecuteUpdateAsync(u => u.SetProperty(s => s.Approval, approval));
    }

    [Fact]
    public async Task Events_stored_but_not_applied_when_the_process_stopped_are_applied_at_the_next_start_even_on_apply()
    {
        var folder = Directory.CreateTempSubdirectory("amconnector-test-").FullName;
        var reference = "RESTART-" + Guid.NewGuid().ToString("N")[..8];
        Guid pendingId;
        await using (var before = new SameFolderInboundFactory(folder, "OnApply"))
        {
            // As the writer leaves an event it stored and had not applied when the process was killed.
            await using var scope = before.Scope(out var db);
            var supplier = await db.Suppliers.SingleAsync(s => s.Code == "NWB");
            var body = SupplierEvents.CloudEvent("am.change-notice.published", Notice(reference, 1));
            var pending = new InboundEvent
            {
                SupplierId = supplier.Id, SupplierCode = "NWB", WebhookId = "msg_" + reference, CloudEventId = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!,
                Type = "am.change-notice.published", ReceivedAt = DateTimeOffset.UtcNow, Body = body, BodySha256 = new string('0', 64),
                Headers = JsonSerializer.Serialize(new Dictionary<string, string> { ["amconnector-reason"] = "Stored before the restart" }),
                State = InboundEventState.Pending, OutcomeStatus = 202,
            };
            db.InboundEvents.Add(pending);
            await db.SaveChangesAsync();
            pendingId = pending.Id;
        }

        await using var after = new SameFolderInboundFactory(folder, "OnApply");
        after.CreateAnonymousClient().Dispose();
        await using (var scope = after.Scope(out var db))
        {
            var stored = await WriterPoll.UntilAsync(async () => await db.InboundEvents.AsNoTracking().SingleAsync(e => e.Id == pendingId), e => e.State != InboundEventState.Pending);
            Assert.Equal(InboundEventState.Applied, stored.State);
            var notice = await db.ChangeNotices.IgnoreQueryFilters().SingleAsync(n => n.SupplierReference == reference);
            Assert.Equal(ChangeNoticeStatus.Received, notice.Status);
            Assert.Contains(await db.AuditEvents.Where(e => e.InboundEventId == pendingId.ToString()).Select(e => e.Reason).ToListAsync(),
                reason => reason == "Stored before the restart");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static object Notice(string reference, int version) => new
    {
        supplierReference = reference,
        version,
        area = "Process",
        level = "Level1",
        title = "Stored notice",
        description = "Filter supplier change.",
        rationale = "Continuity.",
        affectedCatalogueNumbers = AffectedCatalogue,
        plannedImplementationOn = "2027-09-01",
    };

    /// <summary>The event as its supplier reads it, once the writer has applied or refused it.</summary>
    private async Task<JsonElement> SettledAsync(Guid id)
    {
        using var supplier = factory.CreateClientFor(TestClients.SupplierNwb);
        return await WriterPoll.UntilAsync(
            async () => await supplier.GetFromJsonAsync<JsonElement>(new Uri($"/webhooks/suppliers/NWB/events/{id}", UriKind.Relative)),
            e => e.GetProperty("state").GetString() != "Pending");
    }
}
