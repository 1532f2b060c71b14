using AmConnector.Outbox;
using AmConnector.Webhooks.Outbound;

namespace AmConnector.Tests.Webhooks.Outbound;

public sealed class WebhookSubscriptionTests
{
    private static OutboxMessage Message(string type, string? supplier = "NWB", string? catalogue = "NB-1") =>
        new() { Type = type, SupplierCode = supplier, CatalogueNumber = catalogue };

    [Fact]
    public void Matches_EmptyFilters_EveryTypeButTestEvents()
    {
        var endpoint = new WebhookEndpoint();

        Assert.True(WebhookSubscription.Matches(endpoint, Message(EventTypes.LotStatusChanged)));
        Assert.True(WebhookSubscription.Matches(endpoint, Message(EventTypes.WebhookEndpointDisabled, null, null)));
        Assert.False(WebhookSubscription.Matches(endpoint, Message(EventTypes.WebhookTest)));
    }

    [Fact]
    public void Matches_Filters_AllMustHold()
    {
        var endpoint = new WebhookEndpoint { EventTypes = [EventTypes.CoaReceived], SupplierCodes = ["nwb"], CatalogueNumbers = ["NB-1"] };

        Assert.True(WebhookSubscription.Matches(endpoint, Message(EventTypes.CoaReceived)));
        Assert.False(WebhookSubscription.Matches(endpoint, Message(EventTypes.LotStatusChanged)));
        Assert.False(WebhookSubscription.Matches(endpoint, Message(EventTypes.CoaReceived, "HLX")));
        Assert.False(WebhookSubscription.Matches(endpoint, Message(EventTypes.CoaReceived, catalogue: "NB-2")));
        Assert.False(WebhookSubscription.Matches(endpoint, Message(EventTypes.CoaReceived, supplier: null)));
    }

    [Fact]
    public void Matches_SupplierEndpoint_OnlyItsOwnNoticeEvents()
    {
        var endpoint = new WebhookEndpoint { OwnerSupplierCode = "NWB" };

        Assert.True(WebhookSubscription.Matches(endpoint, Message(EventTypes.ChangeNoticeAcknowledged)));
        Assert.True(WebhookSubscription.Matches(endpoint, Message(EventTypes.ChangeNoticeInformationRequested)));
        Assert.False(WebhookSubscription.Matches(endpoint, Message(EventTypes.ChangeNoticeAcknowledged, "HLX")));
        Assert.False(WebhookSubscription.Matches(endpoint, Message(EventTypes.LotStatusChanged)));
        Assert.False(WebhookSubscription.Matches(endpoint, Message(EventTypes.ChangeNoticeReceived)));
    }

    [Fact]
    public void Matches_DisabledEndpoint_Nothing() =>
        Assert.False(WebhookSubscription.Matches(new WebhookEndpoint { Enabled = false }, Message(EventTypes.LotStatusChanged)));
}
