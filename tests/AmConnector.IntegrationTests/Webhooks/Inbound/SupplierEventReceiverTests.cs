using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.Webhooks.Inbound;

/// <summary>
/// The receiver at <c>/webhooks/suppliers/{code}/events</c>: signed by the official Standard Webhooks
/// library, every refusal leaves nothing behind, and a repeat is stored once.
/// </summary>
public sealed class SupplierEventReceiverTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    [Fact]
    public async Task A_signed_test_event_is_stored_with_its_evidence_and_answered_202()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        var body = SupplierEvents.CloudEvent("am.test", new { message = "hello" });
        using var client = factory.CreateAnonymousClient();

        using var response = await client.SendAsync(SupplierEvents.Post("NWB", secret, body, webhookId: "msg_test_evidence"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("am.test", answer.GetProperty("type").GetString());
        Assert.Equal("hello", answer.GetProperty("result").GetProperty("echo").GetProperty("message").GetString());
        await using var scope = factory.Scope(out var db);
        var stored = await db.InboundEvents.SingleAsync(e => e.WebhookId == "msg_test_evidence");
        Assert.Equal(body, stored.Body);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))), stored.BodySha256);
        Assert.Contains("webhook-signature", stored.Headers, StringComparison.Ordinal);
        Assert.Equal(answer.GetProperty("inboundEventId").GetGuid(), stored.Id);
    }

    [Fact]
    public async Task A_repeated_delivery_is_stored_once_and_answered_200_with_the_first_answer()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        var eventId = Guid.NewGuid().ToString();
        var body = SupplierEvents.CloudEvent("am.test", new { message = "once" }, id: eventId);
        using var client = factory.CreateAnonymousClient();

        using var first = await client.SendAsync(SupplierEvents.Post("NWB", secret, body, webhookId: "msg_dup_1"));
        using var sameWebhookId = await client.SendAsync(SupplierEvents.Post("NWB", secret, body, webhookId: "msg_dup_1"));
        // A publisher that lost the answer may resend under a new webhook id; the CloudEvent id still names it.
        using var sameEventId = await client.SendAsync(SupplierEvents.Post("NWB", secret, body, webhookId: "msg_dup_2"));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sameWebhookId.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sameEventId.StatusCode);
        var original = await first.Content.ReadAsStringAsync();
        Assert.Equal(original, await sameWebhookId.Content.ReadAsStringAsync());
        Assert.Equal(original, await sameEventId.Content.ReadAsStringAsync());
        await using var scope = factory.Scope(out var db);
        Assert.Equal(1, await db.InboundEvents.CountAsync(e => e.CloudEventId == eventId));
    }

    [Fact]
    public async Task A_wrong_signature_is_401_and_stores_nothing()
    {
        await SupplierEvents.CreateSecretAsync(factory, "NWB");
        var body = SupplierEvents.CloudEvent("am.test", new { message = "forged" });

        await AssertRefusedAsync(SupplierEvents.Post("NWB", "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), body),
            HttpStatusCode.Unauthorized, "signature does not verify");
    }

    [Fact]
    public async Task A_body_changed_after_signing_is_401()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        var request = SupplierEvents.Post("NWB", secret, SupplierEvents.CloudEvent("am.test", new { message = "original" }));
        request.Content = new StringContent(SupplierEvents.CloudEvent("am.test", new { message = "tampered" }), Encoding.UTF8, "application/cloudevents+json");

        await AssertRefusedAsync(request, HttpStatusCode.Unauthorized, "signature does not verify");
    }

    [Fact]
    public async Task An_unsigned_event_is_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/webhooks/suppliers/NWB/events", UriKind.Relative))
        {
            Content = new StringContent(SupplierEvents.CloudEvent("am.test", new { message = "unsigned" }), Encoding.UTF8, "application/cloudevents+json"),
        };

        await AssertRefusedAsync(request, HttpStatusCode.Unauthorized, "not signed");
    }

    [Fact]
    public async Task A_stale_timestamp_is_401_even_with_a_valid_signature()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        var body = SupplierEvents.CloudEvent("am.test", new { message = "replayed" });

        await AssertRefusedAsync(SupplierEvents.Post("NWB", secret, body, timestamp: DateTimeOffset.UtcNow.AddSeconds(-301)),
            HttpStatusCode.Unauthorized, "out of tolerance");
        await AssertRefusedAsync(SupplierEvents.Post("NWB", secret, body, timestamp: DateTimeOffset.UtcNow.AddSeconds(301)),
            HttpStatusCode.Unauthorized, "out of tolerance");
    }

    [Fact]
    public async Task An_unknown_supplier_is_404()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");

        await AssertRefusedAsync(SupplierEvents.Post("NOPE", secret, SupplierEvents.CloudEvent("am.test", new { message = "x" })),
            HttpStatusCode.NotFound, "Unknown supplier");
    }

    [Fact]
    public async Task A_suspended_supplier_is_403()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "KSR");
        await SetApprovalAsync("KSR", SupplierApproval.Suspended);
        try
        {
            await AssertRefusedAsync(SupplierEvents.Post("KSR", secret, SupplierEvents.CloudEvent("am.test", new { message = "x" }, supplierCode: "KSR")),
                HttpStatusCode.Forbidden, "Suspended");
        }
        finally
        {
            await SetApprovalAsync("KSR", SupplierApproval.Approved);
        }
    }

    [Fact]
    public async Task A_body_over_256_KiB_is_413()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        var body = SupplierEvents.CloudEvent("am.test", new { message = new string('x', 256 * 1024) });

        await AssertRefusedAsync(SupplierEvents.Post("NWB", secret, body), HttpStatusCode.RequestEntityTooLarge, "too large");
    }

    [Fact]
    public async Task An_unknown_type_is_400_naming_the_type()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");

        var problem = await AssertRefusedAsync(SupplierEvents.Post("NWB", secret, SupplierEvents.CloudEvent("am.lot.teleported", new { x = 1 })),
            HttpStatusCode.BadRequest, "Unknown event type");
        Assert.Contains("am.lot.teleported", problem.GetProperty("errors").GetProperty("/type")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_that_breaks_the_schema_is_400_listing_each_path()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        var body = SupplierEvents.CloudEvent("am.lot.recalled", new { catalogueNumber = "NB-FBS-500", lotNumber = "", reason = "x", recalledOn = "yesterday" });

        var problem = await AssertRefusedAsync(SupplierEvents.Post("NWB", secret, body), HttpStatusCode.BadRequest, "schema of am.lot.recalled");
        var paths = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/data/lotNumber", paths);
        Assert.Contains("/data/recalledOn", paths);
    }

    [Fact]
    public async Task A_body_that_is_not_a_cloud_event_is_400_naming_what_is_missing()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");

        var notJson = await AssertRefusedAsync(SupplierEvents.Post("NWB", secret, "{ not json"), HttpStatusCode.BadRequest, "not JSON");
        Assert.True(notJson.TryGetProperty("errors", out _));
        var noId = await AssertRefusedAsync(SupplierEvents.Post("NWB", secret, """{"specversion":"1.0","type":"am.test","source":"x","data":{}}"""),
            HttpStatusCode.BadRequest, "not a valid CloudEvent");
        Assert.True(noId.GetProperty("errors").TryGetProperty("/id", out _));
    }

    [Fact]
    public async Task A_supplier_caller_reads_its_own_inbound_log_and_not_another_suppliers()
    {
        var secret = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        using var anonymous = factory.CreateAnonymousClient();
        using var sent = await anonymous.SendAsync(SupplierEvents.Post("NWB", secret, SupplierEvents.CloudEvent("am.test", new { message = "log me" }), webhookId: "msg_log_1"));
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        using var nwb = factory.CreateClientFor(TestClients.SupplierNwb);
        using var hlx = factory.CreateClientFor(TestClients.SupplierHlx);

        var log = await nwb.GetFromJsonAsync<JsonElement>("/webhooks/suppliers/NWB/events?type=am.test");
        using var foreign = await hlx.GetAsync(new Uri("/webhooks/suppliers/NWB/events", UriKind.Relative));

        Assert.Contains(log.EnumerateArray(), e => e.GetProperty("webhookId").GetString() == "msg_log_1");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    private async Task<JsonElement> AssertRefusedAsync(HttpRequestMessage request, HttpStatusCode status, string titleContains)
    {
        var before = await CountsAsync();
        using var client = factory.CreateAnonymousClient();
        using var response = await client.SendAsync(request);
        request.Dispose();

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var detail = problem.TryGetProperty("detail", out var text) ? text.GetString() : null;
        Assert.Contains(titleContains, problem.GetProperty("title").GetString() + " " + detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await CountsAsync());
        return problem;
    }

    private async Task<(int Inbox, int Audit, int Outbox)> CountsAsync()
    {
        await using var scope = factory.Scope(out var db);
        return (await db.InboundEvents.CountAsync(), await db.AuditEvents.CountAsync(), await db.OutboxMessages.CountAsync());
    }

    private async Task SetApprovalAsync(string code, SupplierApproval approval)
    {
        await using var scope = factory.Scope(out var db);
        var supplier = await db.Suppliers.SingleAsync(s => s.Code == code);
        supplier.Approval = approval;
        db.Audit.Reason = "Test: supplier standing";
        await db.SaveChangesAsync();
    }
}
