using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Outbox;
using AmConnector.Security;
using AmConnector.Webhooks.Outbound;
using Microsoft.EntityFrameworkCore;
using StandardWebhooks;

namespace AmConnector.IntegrationTests.Webhooks.Outbound;

/// <summary>
/// Deliveries to WireMock.Net receivers on 127.0.0.1: signed CloudEvents, the retry schedule on a
/// fake clock, Retry-After, 410, timeouts, redirects, slow receivers, and endpoints disabled for
/// sustained failure. The dispatcher runs one pass at a time (RunOnceAsync); nothing sleeps.
/// </summary>
public sealed class OutboundDeliveryTests : IAsyncLifetime
{
    private readonly WebhookFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Delivered_event_is_a_signed_cloudevent_that_the_standard_webhooks_receiver_verifies()
    {
        using var receiver = new Receiver();
        var (_, secret) = await _factory.RegisterAsync(receiver.Url);
        var messageId = await _factory.PublishAsync(data: new { lotId = Guid.NewGuid(), status = "Released" });

        Assert.Equal(1, await _factory.DispatchAsync());

        var request = Assert.Single(receiver.Requests);
        Receiver.Verify(request, secret);
        Assert.StartsWith("application/cloudevents+json", Receiver.Header(request, "Content-Type"), StringComparison.Ordinal);
        var cloudEvent = JsonDocument.Parse(request.RequestMessage!.Body!).RootElement;
        Assert.Equal("1.0", cloudEvent.GetProperty("specversion").GetString());
        Assert.Equal(messageId.ToString(), cloudEvent.GetProperty("id").GetString());
        Assert.Equal("urn:amconnector", cloudEvent.GetProperty("source").GetString());
        Assert.Equal(EventTypes.LotStatusChanged, cloudEvent.GetProperty("type").GetString());
        Assert.Equal("lots/NWB/NB-FBS-500/L-1", cloudEvent.GetProperty("subject").GetString());
        Assert.Equal("application/json", cloudEvent.GetProperty("datacontenttype").GetString());
        Assert.Equal("Released", cloudEvent.GetProperty("data").GetProperty("status").GetString());
        Assert.True(cloudEvent.TryGetProperty("time", out _));

        await using var scope = _factory.Scope(out var db);
        var delivery = await db.WebhookDeliveries.Include(d => d.Attempts).SingleAsync();
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(delivery.Id.ToString(), Receiver.Header(request, "webhook-id"));
        Assert.Equal(200, Assert.Single(delivery.Attempts).StatusCode);
        Assert.Equal("answer 200", delivery.Attempts[0].Response);
        Assert.Null(delivery.LeaseOwner);
    }

    [Fact]
    public async Task A_rotated_secret_signs_beside_the_old_one_during_the_overlap_and_alone_after_it()
    {
        using var receiver = new Receiver();
        var (id, oldSecret) = await _factory.RegisterAsync(receiver.Url);
        using var admin = _factory.CreateClientFor(TestClients.OnlyScope(Scopes.ManageWebhooks));
        using var rotated = await admin.PostAsync(new Uri($"/api/webhooks/endpoints/{id}/rotate-secret", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var newSecret = (await rotated.ReadJsonAsync()).GetProperty("secret").GetString()!;
        Assert.NotEqual(oldSecret, newSecret);

        await _factory.PublishAsync();
        await _factory.DispatchAsync();
        var during = Assert.Single(receiver.Requests);
        Assert.Equal(2, Receiver.Header(during, "webhook-signature").Split(' ').Length);
        // A receiver that still has the old secret and one that already has the new one both accept it.
        Receiver.Verify(during, oldSecret);
        Receiver.Verify(during, newSecret);
        Assert.ThrowsAny<Exception>(() => Receiver.Verify(during, WebhookSecretProtectorSecret()));

        _factory.FakeClock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        await _factory.PublishAsync();
        await _factory.DispatchAsync();
        var after = receiver.Requests[^1];
        var signature = Receiver.Header(after, "webhook-signature");
        Assert.DoesNotContain(' ', signature);
        // The fake clock is a day ahead of the receiver's, so the timestamp check would refuse it: compare the signature itself.
        var timestamp = DateTimeOffset.FromUnixTimeSeconds(long.Parse(Receiver.Header(after, "webhook-timestamp"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new StandardWebhook(newSecret).Sign(Receiver.Header(after, "webhook-id"), timestamp, after.RequestMessage!.Body!), signature);
    }

    [Fact]
    public async Task A_503_is_retried_on_the_schedule_with_the_same_webhook_id_until_a_200()
    {
        using var receiver = new Receiver(503);
        var (_, secret) = await _factory.RegisterAsync(receiver.Url);
        await _factory.PublishAsync();

        await _factory.DispatchAsync();
        Assert.Single(receiver.Requests);
        await using (var scope = _factory.Scope(out var db))
        {
            var pending = await db.WebhookDeliveries.SingleAsync();
            Assert.Equal(DeliveryStatus.Pending, pending.Status);
            // 5 s ± 20 %.
            var wait = pending.NextAttemptAt!.Value - _factory.FakeClock.GetUtcNow();
            Assert.InRange(wait, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(6));
            Assert.Equal(503, pending.LastStatusCode);
        }

        Assert.Equal(0, await _factory.DispatchAsync());
        receiver.Answer(200);
        _factory.FakeClock.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(1, await _factory.DispatchAsync());

        Assert.Equal(2, receiver.Requests.Count);
        Assert.Equal(Receiver.Header(receiver.Requests[0], "webhook-id"), Receiver.Header(receiver.Requests[1], "webhook-id"));
        Receiver.Verify(receiver.Requests[1], secret);
        await using var after = _factory.Scope(out var db2);
        var delivered = await db2.WebhookDeliveries.Include(d => d.Attempts).SingleAsync();
        Assert.Equal(DeliveryStatus.Delivered, delivered.Status);
        Assert.Equal([503, 200], delivered.Attempts.OrderBy(a => a.Number).Select(a => a.StatusCode!.Value));
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_retried_when_the_receiver_said_not_before()
    {
        using var receiver = new Receiver().Answer(429, headers: new Dictionary<string, string> { ["Retry-After"] = "120" });
        await _factory.RegisterAsync(receiver.Url);
        await _factory.PublishAsync();
        await _factory.DispatchAsync();

        receiver.Answer(200);
        _factory.FakeClock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(0, await _factory.DispatchAsync());
        Assert.Single(receiver.Requests);

        _factory.FakeClock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(1, await _factory.DispatchAsync());
        Assert.Equal(2, receiver.Requests.Count);
    }

    [Fact]
    public async Task A_410_disables_the_endpoint_at_once_and_announces_it()
    {
        using var gone = new Receiver(410);
        var (goneId, _) = await _factory.RegisterAsync(gone.Url);
        await _factory.PublishAsync();
        await _factory.PublishAsync();

        await _factory.DispatchAsync();

        await using var scope = _factory.Scope(out var db);
        var endpoint = await db.WebhookEndpoints.SingleAsync(e => e.Id == goneId);
        Assert.False(endpoint.Enabled);
        Assert.Contains("410", endpoint.DisabledReason, StringComparison.Ordinal);
        Assert.All(await db.WebhookDeliveries.ToListAsync(), d => Assert.Equal(DeliveryStatus.Failed, d.Status));
        var announced = await db.OutboxMessages.SingleAsync(m => m.Type == EventTypes.WebhookEndpointDisabled);
        EventSchemas.AssertMatches(announced.Type, announced.Data);
        Assert.Contains(await db.AuditEvents.Where(a => a.EntityType == nameof(WebhookEndpoint)).ToListAsync(),
            a => a.ClientId == "system:webhooks" && a.NewValues!.Contains("\"Enabled\":false", StringComparison.Ordinal));

        // Nothing more goes to it.
        var sent = gone.Requests.Count;
        await _factory.PublishAsync();
        _factory.FakeClock.Advance(TimeSpan.FromHours(1));
        await _factory.DispatchAsync();
        Assert.Equal(sent, gone.Requests.Count);
    }

    [Fact]
    public async Task A_receiver_that_does_not_answer_within_the_timeout_is_a_failed_attempt()
    {
        using var silent = new Receiver().Answer(200, delay: TimeSpan.FromSeconds(30));
        await _factory.RegisterAsync(silent.Url);
        await _factory.PublishAsync();

        var pass = _factory.DispatchAsync();
        // The timeout runs on the fake clock: while the request is out, the clock moves on until it fires.
        while (!pass.IsCompleted)
        {
            _factory.FakeClock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(pass, Task.Delay(20));
        }

        await pass;

        await using var scope = _factory.Scope(out var db);
        var attempt = await db.WebhookDeliveryAttempts.SingleAsync();
        Assert.False(attempt.Succeeded);
        Assert.Null(attempt.StatusCode);
        Assert.Contains("within 15 s", attempt.Error, StringComparison.Ordinal);
        Assert.Equal(DeliveryStatus.Pending, (await db.WebhookDeliveries.SingleAsync()).Status);
    }

    [Fact]
    public async Task A_redirect_is_a_failure_and_is_not_followed()
    {
        using var receiver = new Receiver();
        receiver.Answer(302, headers: new Dictionary<string, string> { ["Location"] = receiver.Url.Replace("/hook", "/elsewhere", StringComparison.Ordinal) });
        await _factory.RegisterAsync(receiver.Url);
        await _factory.PublishAsync();

        await _factory.DispatchAsync();

        Assert.DoesNotContain(receiver.All, e => e.RequestMessage!.Path == "/elsewhere");
        await using var scope = _factory.Scope(out var db);
        var attempt = await db.WebhookDeliveryAttempts.SingleAsync();
        Assert.False(attempt.Succeeded);
        Assert.Equal(302, attempt.StatusCode);
        Assert.Contains("not followed", attempt.Error, StringComparison.Ordinal);
        Assert.Equal(DeliveryStatus.Pending, (await db.WebhookDeliveries.SingleAsync()).Status);
    }

    [Fact]
    public async Task A_slow_receiver_is_delivered_and_does_not_hold_up_another_endpoint()
    {
        using var slow = new Receiver().Answer(200, delay: TimeSpan.FromSeconds(3));
        using var fast = new Receiver();
        await _factory.RegisterAsync(slow.Url);
        await _factory.RegisterAsync(fast.Url);
        await _factory.PublishAsync();

        var pass = _factory.DispatchAsync();
        await WaitUntilAsync(() => fast.Requests.Count > 0 || pass.IsCompleted);
        Assert.False(pass.IsCompleted, "the fast receiver waited for the slow one");
        Assert.Equal(2, await pass);

        await using var scope = _factory.Scope(out var db);
        Assert.All(await db.WebhookDeliveries.ToListAsync(), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        Assert.Contains(await db.WebhookDeliveryAttempts.ToListAsync(), a => a.DurationMs >= 2900);
    }

    [Fact]
    public async Task An_endpoint_that_failed_everything_for_five_days_is_disabled_with_an_event()
    {
        using var failing = new Receiver(500);
        var (id, _) = await _factory.RegisterAsync(failing.Url);
        for (var day = 0; day <= 5; day++)
        {
            await _factory.PublishAsync();
            await _factory.DispatchAsync();
            await using (var scope = _factory.Scope(out var db))
            {
                Assert.Equal(day < 5, (await db.WebhookEndpoints.SingleAsync(e => e.Id == id)).Enabled);
            }

            _factory.FakeClock.Advance(TimeSpan.FromDays(1));
        }

        await using var after = _factory.Scope(out var db2);
        var announced = await db2.OutboxMessages.SingleAsync(m => m.Type == EventTypes.WebhookEndpointDisabled);
        EventSchemas.AssertMatches(announced.Type, announced.Data);
        Assert.Contains(id.ToString(), announced.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_that_resolves_to_a_private_address_at_send_time_is_refused()
    {
        _factory.Dns.Set("receiver.example", "203.0.113.10");
        await _factory.RegisterAsync("https://receiver.example/hook");
        // The name now points inside the site network (DNS rebinding).
        _factory.Dns.Set("receiver.example", "10.0.0.5");
        await _factory.PublishAsync();

        await _factory.DispatchAsync();

        await using var scope = _factory.Scope(out var db);
        var attempt = await db.WebhookDeliveryAttempts.SingleAsync();
        Assert.False(attempt.Succeeded);
        Assert.Null(attempt.StatusCode);
        Assert.Contains("10.0.0.5", attempt.Error, StringComparison.Ordinal);
        Assert.Contains("private", attempt.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_matching_endpoints_receive_an_event_and_a_test_event_only_its_endpoint()
    {
        using var lots = new Receiver();
        using var coas = new Receiver();
        var (lotsId, secret) = await _factory.RegisterAsync(lots.Url, [EventTypes.LotStatusChanged]);
        await _factory.RegisterAsync(coas.Url, [EventTypes.CoaReceived]);
        await _factory.PublishAsync(EventTypes.LotStatusChanged);

        using var admin = _factory.CreateClientFor(TestClients.OnlyScope(Scopes.ManageWebhooks));
        using var test = await admin.PostAsync(new Uri($"/api/webhooks/endpoints/{lotsId}/test", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, test.StatusCode);
        await _factory.DispatchAsync();

        Assert.Equal(2, lots.Requests.Count);
        Assert.Empty(coas.Requests);
        var testEvent = lots.Requests.Single(r => r.RequestMessage!.Body!.Contains(EventTypes.WebhookTest, StringComparison.Ordinal));
        Receiver.Verify(testEvent, secret);
        EventSchemas.AssertMatches(EventTypes.WebhookTest, JsonDocument.Parse(testEvent.RequestMessage!.Body!).RootElement.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Failed_deliveries_are_replayed_by_message_and_by_endpoint_since_a_time()
    {
        using var receiver = new Receiver(500);
        var (id, _) = await _factory.RegisterAsync(receiver.Url, [], "", new { url = receiver.Url, eventTypes = Array.Empty<string>() });
        var first = await _factory.PublishAsync();
        var second = await _factory.PublishAsync();
        // Exhaust the schedule: 1 attempt + 7 retries.
        for (var i = 0; i < 8; i++)
        {
            await _factory.DispatchAsync();
            _factory.FakeClock.Advance(TimeSpan.FromHours(13));
        }

        await using (var scope = _factory.Scope(out var db))
        {
            Assert.All(await db.WebhookDeliveries.ToListAsync(), d => Assert.Equal(DeliveryStatus.Failed, d.Status));
            Assert.Equal(8, (await db.WebhookDeliveries.FirstAsync()).AttemptCount);
            // Sustained failure disabled it meanwhile; enable it again.
        }

        using var admin = await _factory.FreshClientAsync(TestClients.OnlyScope(Scopes.ManageWebhooks));
        (await admin.PostAsync(new Uri($"/api/webhooks/endpoints/{id}/enable", UriKind.Relative), null)).EnsureSuccessStatusCode();
        receiver.Answer(200);

        using var one = await admin.PostAsync(new Uri($"/api/webhooks/deliveries/{first}/replay", UriKind.Relative), null);
        Assert.Equal(1, (await one.ReadJsonAsync()).GetProperty("replayed").GetInt32());
        await _factory.DispatchAsync();
        await using (var scope = _factory.Scope(out var db))
        {
            Assert.Equal(DeliveryStatus.Delivered, (await db.WebhookDeliveries.SingleAsync(d => d.MessageId == first)).Status);
            Assert.Equal(DeliveryStatus.Failed, (await db.WebhookDeliveries.SingleAsync(d => d.MessageId == second)).Status);
        }

        using var missingSince = await admin.PostAsync(new Uri($"/api/webhooks/endpoints/{id}/replay", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.BadRequest, missingSince.StatusCode);
        Assert.True((await missingSince.ReadJsonAsync()).GetProperty("errors").TryGetProperty("since", out _));

        var since = Uri.EscapeDataString(_factory.FakeClock.GetUtcNow().AddDays(-30).ToString("O"));
        using var all = await admin.PostAsync(new Uri($"/api/webhooks/endpoints/{id}/replay?since={since}", UriKind.Relative), null);
        Assert.Equal(1, (await all.ReadJsonAsync()).GetProperty("replayed").GetInt32());
        await _factory.DispatchAsync();
        await using var done = _factory.Scope(out var db3);
        Assert.All(await db3.WebhookDeliveries.ToListAsync(), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
    }

    [Fact]
    public async Task The_delivery_log_lists_messages_deliveries_and_attempts_and_the_OData_set_serves_them()
    {
        using var receiver = new Receiver(503);
        var (id, _) = await _factory.RegisterAsync(receiver.Url);
        var messageId = await _factory.PublishAsync();
        await _factory.PublishAsync(EventTypes.CoaReceived);
        await _factory.DispatchAsync();

        using var admin = _factory.CreateClientFor(TestClients.OnlyScope(Scopes.ManageWebhooks));
        var log = await admin.GetFromJsonAsync<JsonElement>($"/api/webhooks/deliveries?endpointId={id}&status=Pending&type={EventTypes.LotStatusChanged}&top=10");
        var entry = Assert.Single(log.GetProperty("value").EnumerateArray());
        Assert.Equal(messageId, entry.GetProperty("messageId").GetGuid());
        var delivery = Assert.Single(entry.GetProperty("deliveries").EnumerateArray());
        Assert.Equal("Pending", delivery.GetProperty("status").GetString());
        Assert.Equal(503, Assert.Single(delivery.GetProperty("attempts").EnumerateArray()).GetProperty("statusCode").GetInt32());

        var paged = await admin.GetFromJsonAsync<JsonElement>("/api/webhooks/deliveries?top=1");
        Assert.Single(paged.GetProperty("value").EnumerateArray());
        Assert.Contains("skip=1", paged.GetProperty("nextLink").GetString(), StringComparison.Ordinal);

        using var bad = await admin.GetAsync(new Uri("/api/webhooks/deliveries?status=Lost&from=yesterday", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("status", out _) && errors.TryGetProperty("from", out _));

        var odata = await admin.GetFromJsonAsync<JsonElement>("/odata/WebhookDeliveries?$filter=Status eq 'Pending'&$expand=Attempts&$count=true");
        Assert.Equal(2, odata.GetProperty("@odata.count").GetInt32());
        Assert.All(odata.GetProperty("value").EnumerateArray(), d => Assert.Single(d.GetProperty("Attempts").EnumerateArray()));
        Assert.False(odata.GetProperty("value")[0].TryGetProperty("LeaseOwner", out _));
    }

    [Fact]
    public async Task The_ready_check_is_degraded_while_a_delivery_waits_too_long()
    {
        using var receiver = new Receiver(503);
        await _factory.RegisterAsync(receiver.Url);
        await _factory.PublishAsync();
        await _factory.DispatchAsync();
        using var anonymous = _factory.CreateAnonymousClient();
        Assert.Equal("Healthy", (await anonymous.GetFromJsonAsync<JsonElement>("/health/ready")).GetProperty("status").GetString());

        _factory.FakeClock.Advance(TimeSpan.FromMinutes(31));
        using var response = await anonymous.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", (await response.ReadJsonAsync()).GetProperty("status").GetString());
    }

    private static string WebhookSecretProtectorSecret() => AmConnector.Webhooks.WebhookSecretProtector.NewSecret();

    /// <summary>Waits for something another thread does (a request reaching WireMock), polling briefly; never for a fixed time.</summary>
    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
            await Task.Yield();
            await Task.Delay(10);
        }
    }
}
