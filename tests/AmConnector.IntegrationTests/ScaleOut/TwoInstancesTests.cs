using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.DataProtection;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.IntegrationTests.Webhooks.Outbound;
using AmConnector.Lots.Usability;
using AmConnector.OData.Delta;
using AmConnector.Outbox;
using AmConnector.Security;
using AmConnector.Webhooks;
using AmConnector.Webhooks.Outbound;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.ScaleOut;

/// <summary>
/// Two instances of one site behind a (notional) load balancer: one database, the same certificates
/// from configuration, separate content folders, both dispatchers running. Whatever one instance
/// issues or protects, the other accepts or opens, and deliveries are sent once.
/// </summary>
public sealed class TwoInstancesTests(TwoInstances site) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task A_token_issued_by_instance_A_is_accepted_by_instance_B()
    {
        var token = await site.A.TokenAsync(TestClients.Reader);
        using var b = site.B.CreateAnonymousClient();
        b.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await b.GetAsync(new Uri("/odata/Suppliers?$select=Code&$top=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_supplier_webhook_secret_created_on_A_verifies_an_event_posted_to_B()
    {
        var secret = await SupplierEvents.CreateSecretAsync(site.A, "NWB");
        using var b = site.B.CreateAnonymousClient();

        using var response = await b.SendAsync(SupplierEvents.Post("NWB", secret, SupplierEvents.CloudEvent("am.test", new { message = "to B" })));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task A_skip_token_and_a_protected_value_from_A_open_on_B()
    {
        using var a = site.A.CreateClientFor(TestClients.Reader);
        using var b = site.B.CreateClientFor(TestClients.Reader);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/odata/Materials?$select=Id,Name&$top=2");
        request.Headers.Add("Prefer", "odata.track-changes");
        using var first = await a.SendAsync(request);
        var nextLink = (await first.ReadJsonAsync()).GetProperty("@odata.nextLink").GetString()!;
        Assert.Contains("$skiptoken=", Uri.UnescapeDataString(nextLink), StringComparison.Ordinal);

        using var next = await b.GetAsync(new Uri(nextLink, UriKind.RelativeOrAbsolute));

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        var protectedOnA = site.A.Services.GetRequiredService<WebhookSecretProtector>().Protect("whsec_opens-anywhere");
        Assert.Equal("whsec_opens-anywhere", site.B.Services.GetRequiredService<WebhookSecretProtector>().Unprotect(protectedOnA));
        var tokens = (A: site.A.Services.GetRequiredService<DeltaTokens>(), B: site.B.Services.GetRequiredService<DeltaTokens>());
        var window = new DeltaToken("binding", 42, 99);
        Assert.Equal(window, tokens.B.Read(tokens.A.Write(window), "binding"));
    }

    [Fact]
    public async Task Events_committed_on_both_instances_are_delivered_exactly_once_while_both_dispatchers_run()
    {
        const int events = 40;
        using var receiver = new Receiver();
        using var admin = site.A.CreateClientFor(TestClients.OnlyScope(Scopes.ManageWebhooks));
        using var registered = await admin.PostAsJsonAsync(
            "/api/webhooks/endpoints", new { url = receiver.Url, description = "scale-out receiver", eventTypes = new[] { EventTypes.LotStatusChanged } });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var secret = (await registered.ReadJsonAsync()).GetProperty("secret").GetString()!;

        // Half the events are committed on each instance: its own dispatcher wakes at once, the other's polls.
        await Task.WhenAll(
            Task.Run(async () => { for (var i = 0; i < events; i += 2) await site.A.PublishAsync(i); }),
            Task.Run(async () => { for (var i = 1; i < events; i += 2) await site.B.PublishAsync(i); }));
        await OutboundDeliveryTests.WaitUntilAsync(() => DeliveredCount() == events);

        var received = receiver.Requests;
        Assert.Equal(events, received.Count);
        Assert.Equal(events, received.Select(r => Receiver.Header(r, "webhook-id")).Distinct().Count());
        // Either instance signed with the endpoint secret that A protected: the key ring is shared.
        Assert.All(received, r => Receiver.Verify(r, secret));
    }

    [Fact]
    public async Task A_usability_answer_cached_on_A_is_not_served_after_a_hold_placed_on_B()
    {
        Guid lot;
        await using (var scope = site.A.Scope(out var db))
        {
            lot = await db.Lots.Where(l => l.LotNumber == "CR-24-118").Select(l => l.Id).SingleAsync();
        }

        using var limsOnA = site.A.CreateClientFor(TestClients.Reader);
        using var qaOnB = site.B.CreateClientFor(TestClients.Qa);
        var usability = new Uri($"/odata/Lots({lot})/AmConnector.Usability()", UriKind.Relative);
        Assert.DoesNotContain(UsabilityCodes.LotOnHold, await CodesAsync(limsOnA, usability));
        Assert.DoesNotContain(UsabilityCodes.LotOnHold, await CodesAsync(limsOnA, usability)); // now from A's cache

        using var hold = await qaOnB.PostAsJsonAsync(new Uri($"/odata/Lots({lot})/AmConnector.PlaceHold", UriKind.Relative), new { reason = "Deviation DEV-0413 raised on instance B." });
        Assert.Equal(HttpStatusCode.OK, hold.StatusCode);

        // A's cache is stamped with the database's audit head, which B's write moved.
        Assert.Contains(UsabilityCodes.LotOnHold, await CodesAsync(limsOnA, usability));
    }

    private static async Task<List<string?>> CodesAsync(HttpClient client, Uri usability)
    {
        using var response = await client.GetAsync(usability);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.ReadJsonAsync()).GetProperty("Reasons").EnumerateArray().Select(r => r.GetProperty("Code").GetString())];
    }

    [Fact]
    public async Task The_key_ring_is_in_the_database_encrypted_with_the_key_protection_certificate()
    {
        await using var scope = site.B.Scope(out var db);
        var keys = await db.Set<DataProtectionKey>().AsNoTracking().ToListAsync();

        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Contains("encryptedSecret", k.Xml, StringComparison.Ordinal));
        Assert.All(keys, k => Assert.DoesNotContain("<value>", k.Xml, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(site.A.Folder, KeyRingSetup.LegacyFolderName)));
        Assert.False(Directory.Exists(Path.Combine(site.B.Folder, KeyRingSetup.LegacyFolderName)));
    }

    private int DeliveredCount()
    {
        using var scope = site.A.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AmConnector.Data.AmConnectorDbContext>();
        return db.WebhookDeliveries.Count(d => d.Status == DeliveryStatus.Delivered);
    }
}
