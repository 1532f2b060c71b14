using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.IntegrationTests.Webhooks.Outbound;
using AmConnector.Outbox;
using AmConnector.Webhooks.Outbound;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.Webhooks;

/// <summary>
/// The supplier loop end to end (issue [Suppliers publish by webhook] §6): a supplier's system posts a
/// signed notice, QA triages it and asks for more, and the supplier's own registered endpoint hears
/// both, signed; the site's QMS endpoint hears the announcement; another supplier hears nothing.
/// </summary>
public sealed class SupplierLoopTests : IClassFixture<SupplierLoopTests.LoopFactory>
{
    private static readonly string[] Fbs = ["NB-FBS-500"];
    private static readonly string[] Comparability = ["comparability-data"];
    private readonly LoopFactory factory;

    public SupplierLoopTests(LoopFactory factory) => this.factory = factory;

    [Fact]
    public async Task A_published_notice_is_acknowledged_and_questioned_on_the_suppliers_own_endpoint_and_announced_to_the_site()
    {
        using var supplierHook = new Receiver();
        using var otherSupplierHook = new Receiver();
        using var qmsHook = new Receiver();
        var (_, supplierSecret) = await RegisterAsync(TestClients.SupplierNwb, supplierHook.Url, []);
        await RegisterAsync(TestClients.SupplierHlx, otherSupplierHook.Url, []);
        var (_, qmsSecret) = await RegisterAsync(TestClients.OnlyScope(AmConnector.Security.Scopes.ManageWebhooks), qmsHook.Url, [EventTypes.ChangeNoticeReceived]);

        var signing = await SupplierEvents.CreateSecretAsync(factory, "NWB");
        using var anonymous = factory.CreateAnonymousClient();
        using var published = await anonymous.SendAsync(SupplierEvents.Post("NWB", signing, SupplierEvents.CloudEvent("am.change-notice.published", new
        {
            supplierReference = "LOOP-SCN-1", version = 1, area = "Site", level = "Level2", title = "Second filling site",
            affectedCatalogueNumbers = Fbs, plannedImplementationOn = "2027-12-01",
        })));
        Assert.Equal(HttpStatusCode.Accepted, published.StatusCode);
        var noticeId = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("result").GetProperty("noticeId").GetGuid();
        using var qa = factory.CreateClientFor(TestClients.Qa);
        Assert.Equal(HttpStatusCode.OK, (await qa.PostAsJsonAsync($"/odata/ChangeNotices({noticeId})/AmConnector.Triage", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await qa.PostAsJsonAsync($"/odata/ChangeNotices({noticeId})/AmConnector.RequestInformation",
            new { items = Comparability, message = "Please send the comparability report." })).StatusCode);

        await factory.Services.GetRequiredService<WebhookDispatcher>().RunOnceAsync(CancellationToken.None);

        var supplierTypes = supplierHook.Requests.Select(TypeOf).ToList();
        Assert.Contains(EventTypes.ChangeNoticeAcknowledged, supplierTypes);
        Assert.Contains(EventTypes.ChangeNoticeInformationRequested, supplierTypes);
        Assert.All(supplierTypes, t => Assert.Contains(t, WebhookSubscription.SupplierEventTypes));
        Assert.All(supplierHook.Requests, r => Receiver.Verify(r, supplierSecret));
        Assert.Contains("comparability report", supplierHook.Requests.Select(r => r.RequestMessage!.Body).Last(b => b!.Contains("information-requested", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Empty(otherSupplierHook.Requests);
        var announced = Assert.Single(qmsHook.Requests);
        Assert.Equal(EventTypes.ChangeNoticeReceived, TypeOf(announced));
        Receiver.Verify(announced, qmsSecret);
    }

    private static string TypeOf(WireMock.Logging.ILogEntry entry) =>
        JsonDocument.Parse(entry.RequestMessage!.Body!).RootElement.GetProperty("type").GetString()!;

    private async Task<(Guid Id, string Secret)> RegisterAsync(string client, string url, string[] eventTypes)
    {
        using var http = factory.CreateClientFor(client);
        using var response = await http.PostAsJsonAsync("/api/webhooks/endpoints", new { url, description = "loop test", eventTypes });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToString());
        return (json.GetProperty("endpoint").GetProperty("id").GetGuid(), json.GetProperty("secret").GetString()!);
    }

    /// <summary>The demo data, receivers allowed on 127.0.0.1, the dispatcher driven by the test.</summary>
    public sealed class LoopFactory : AmConnectorFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("AmConnector:Webhooks:AllowedPrivateHosts:0", "127.0.0.1")];
    }
}
