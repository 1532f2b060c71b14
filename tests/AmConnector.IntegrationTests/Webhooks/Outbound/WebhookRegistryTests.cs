using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Outbox;
using AmConnector.Security;
using AmConnector.Webhooks.Outbound;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.Webhooks.Outbound;

/// <summary>The endpoint registry: secrets shown once and never stored or audited in clear, the SSRF guard at registration, supplier endpoints.</summary>
public sealed class WebhookRegistryTests : IAsyncLifetime
{
    private static readonly string[] UnknownType = ["am.nothing"];
    private static readonly string[] EmptyCode = [""];
    private static readonly string[] OtherSupplier = ["HLX"];

    private readonly WebhookFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>
    /// Over real Kestrel (the in-memory test server enforces no body size), behind a notional TLS proxy
    /// on loopback, as the token server accepts plain http in Development only.
    /// </summary>
    [Fact]
    public async Task A_registration_body_over_64_KiB_is_413_with_a_problem_and_nothing_stored()
    {
        await using var site = new WebhookFactory(settings: new Dictionary<string, string> { ["FORWARDEDHEADERS_ENABLED"] = "true" });
        site.UseKestrel(0);
        site.StartServer();
        var address = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = TestClients.OnlyScope(Scopes.ManageWebhooks),
            ["client_secret"] = TestClients.Secret,
        });
        using var issued = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), form);
        Assert.True(issued.IsSuccessStatusCode, await issued.Content.ReadAsStringAsync());
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", (await issued.ReadJsonAsync()).GetProperty("access_token").GetString());
        var padding = new string('x', (int)AmConnector.Http.ManagementBodyLimit.MaxBytes);

        using var response = await http.PostAsJsonAsync("/api/webhooks/endpoints",
            new { url = "https://receiver.example/hook", description = "too large", eventTypes = new[] { EventTypes.LotStatusChanged }, padding });
        using var small = await http.PostAsJsonAsync("/api/webhooks/endpoints",
            new { url = "https://receiver.example/hook", description = "d", eventTypes = new[] { EventTypes.LotStatusChanged }, padding = "" });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, small.StatusCode);
        await using var scope = site.Scope(out var db);
        Assert.DoesNotContain(await db.WebhookEndpoints.Select(e => e.Description).ToListAsync(), d => d == "too large");
    }

    [Fact]
    public async Task An_endpoint_is_registered_with_its_secret_shown_once_stored_protected_and_audited_without_it()
    {
        using var receiver = new Receiver();
        var (id, secret) = await _factory.RegisterAsync(receiver.Url, [EventTypes.LotStatusChanged]);
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);

        using var admin = _factory.CreateClientFor(TestClients.OnlyScope(Scopes.ManageWebhooks));
        var listed = await admin.GetStringAsync(new Uri("/api/webhooks/endpoints", UriKind.Relative));
        var one = await admin.GetStringAsync(new Uri($"/api/webhooks/endpoints/{id}", UriKind.Relative));
        using var changed = await admin.PutAsJsonAsync($"/api/webhooks/endpoints/{id}", new { url = receiver.Url, description = "changed", eventTypes = new[] { EventTypes.CoaReceived } });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        using var disabled = await admin.PostAsync(new Uri($"/api/webhooks/endpoints/{id}/disable", UriKind.Relative), null);
        Assert.False((await disabled.ReadJsonAsync()).GetProperty("enabled").GetBoolean());
        using var rotated = await admin.PostAsync(new Uri($"/api/webhooks/endpoints/{id}/rotate-secret", UriKind.Relative), null);
        var newSecret = (await rotated.ReadJsonAsync()).GetProperty("secret").GetString()!;

        foreach (var text in new[] { listed, one, await changed.Content.ReadAsStringAsync() })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain("secret\"", text, StringComparison.OrdinalIgnoreCase);
        }

        await using var scope = _factory.Scope(out var db);
        var stored = await db.WebhookEndpoints.SingleAsync();
        Assert.DoesNotContain(newSecret, stored.ProtectedSecret, StringComparison.Ordinal);
        var audits = await db.AuditEvents.Where(a => a.EntityType == nameof(WebhookEndpoint)).OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal(4, audits.Count); // created, changed, disabled, rotated
        Assert.Equal(TestClients.OnlyScope(Scopes.ManageWebhooks), audits[0].ClientId);
        foreach (var audit in audits)
        {
            var values = audit.OldValues + audit.NewValues;
            Assert.DoesNotContain("whsec_", values, StringComparison.Ordinal);
            Assert.DoesNotContain(nameof(WebhookEndpoint.ProtectedSecret), values, StringComparison.Ordinal);
            Assert.DoesNotContain(stored.ProtectedSecret, values, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("https://10.0.0.5/hook", "private")]
    [InlineData("https://[::1]/hook", "loopback")]
    [InlineData("https://metadata.example/latest", "metadata")]
    [InlineData("https://cgnat.example/hook", "carrier-grade NAT")]
    [InlineData("https://[fd12:3456::1]/hook", "unique-local")]
    [InlineData("http://receiver.example/hook", "https")]
    [InlineData("ftp://receiver.example/hook", "http(s)")]
    [InlineData("https://user:pass@receiver.example/hook", "credentials")]
    [InlineData("https://unknown.example/hook", "resolved")]
    public async Task A_url_that_is_not_public_https_is_refused_at_registration_naming_url(string url, string reason)
    {
        _factory.Dns.Set("metadata.example", "169.254.169.254");
        _factory.Dns.Set("cgnat.example", "100.64.1.2");
        _factory.Dns.Set("receiver.example", "203.0.113.10");
        using var admin = _factory.CreateClientFor(TestClients.OnlyScope(Scopes.ManageWebhooks));

        using var response = await admin.PostAsJsonAsync("/api/webhooks/endpoints", new { url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.Contains(reason, problem.GetProperty("url")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_fields_are_each_named_in_the_problem()
    {
        using var admin = _factory.CreateClientFor(TestClients.OnlyScope(Scopes.ManageWebhooks));
        using var response = await admin.PostAsJsonAsync("/api/webhooks/endpoints", new
        {
            url = "",
            description = new string('d', 300),
            eventTypes = UnknownType,
            supplierCodes = EmptyCode,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.Equal(["description", "eventTypes", "supplierCodes", "url"], errors.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task A_supplier_registers_its_own_endpoint_for_its_notice_events_and_sees_only_its_own_endpoints_and_deliveries()
    {
        using var nwb = new Receiver();
        using var site = new Receiver();
        using var hlx = new Receiver();
        var (nwbId, _) = await _factory.RegisterAsync(nwb.Url, [], TestClients.SupplierNwb);
        var (siteId, _) = await _factory.RegisterAsync(site.Url);
        var (hlxId, _) = await _factory.RegisterAsync(hlx.Url, [EventTypes.ChangeNoticeAcknowledged], TestClients.SupplierHlx);

        using var supplier = _factory.CreateClientFor(TestClients.SupplierNwb);
        using var wrongType = await supplier.PostAsJsonAsync("/api/webhooks/endpoints", new { url = nwb.Url, eventTypes = new[] { EventTypes.LotStatusChanged } });
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.True((await wrongType.ReadJsonAsync()).GetProperty("errors").TryGetProperty("eventTypes", out _));
        using var otherSupplier = await supplier.PostAsJsonAsync("/api/webhooks/endpoints", new { url = nwb.Url, supplierCodes = OtherSupplier });
        Assert.Equal(HttpStatusCode.BadRequest, otherSupplier.StatusCode);

        await _factory.PublishAsync(EventTypes.ChangeNoticeAcknowledged, "NWB", null, new { noticeId = Guid.NewGuid() });
        await _factory.PublishAsync(EventTypes.ChangeNoticeAcknowledged, "HLX", null, new { noticeId = Guid.NewGuid() });
        await _factory.PublishAsync(EventTypes.LotStatusChanged, "NWB");
        await _factory.DispatchAsync();

        // NWB's endpoint got NWB's acknowledgement only; the site's endpoint got everything.
        Assert.Single(nwb.Requests);
        Assert.Contains("lots/NWB/", nwb.Requests[0].RequestMessage!.Body!, StringComparison.Ordinal);
        Assert.Single(hlx.Requests);
        Assert.Equal(3, site.Requests.Count);

        var endpoints = await supplier.GetFromJsonAsync<JsonElement>("/api/webhooks/endpoints");
        Assert.Equal([nwbId], endpoints.EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
        Assert.Equal("NWB", endpoints[0].GetProperty("ownerSupplierCode").GetString());
        foreach (var other in new[] { siteId, hlxId })
        {
            using var hidden = await supplier.GetAsync(new Uri($"/api/webhooks/endpoints/{other}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            using var rotate = await supplier.PostAsync(new Uri($"/api/webhooks/endpoints/{other}/rotate-secret", UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.NotFound, rotate.StatusCode);
        }

        var log = await supplier.GetFromJsonAsync<JsonElement>("/api/webhooks/deliveries");
        var entry = Assert.Single(log.GetProperty("value").EnumerateArray());
        Assert.Equal("NWB", entry.GetProperty("supplierCode").GetString());
        Assert.Equal(nwbId, Assert.Single(entry.GetProperty("deliveries").EnumerateArray()).GetProperty("endpointId").GetGuid());

        var odata = await supplier.GetFromJsonAsync<JsonElement>("/odata/WebhookDeliveries");
        Assert.Equal([nwbId], odata.GetProperty("value").EnumerateArray().Select(d => d.GetProperty("EndpointId").GetGuid()));

        await using var scope = _factory.Scope(out var db);
        // A message that went to the site's endpoint and not to NWB's.
        var siteDelivery = await db.WebhookDeliveries.Where(d => d.EndpointId == siteId && d.EventType == EventTypes.LotStatusChanged).Select(d => d.MessageId).SingleAsync();
        using var replayOther = await supplier.PostAsync(new Uri($"/api/webhooks/deliveries/{siteDelivery}/replay", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, replayOther.StatusCode);
    }
}
