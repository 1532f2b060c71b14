using AmConnector.Client.Receiving;
using AmConnector.Client.Tests.Infrastructure;
using AmConnector.Client.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.Client.Tests.Webhooks;

/// <summary>The host QMS team registers and manages its webhook endpoints with the SDK.</summary>
public sealed class WebhookManagementTests(ServerFactory server) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task An_endpoint_created_through_the_SDK_is_listed_changed_rotated_disabled_and_enabled()
    {
        await using var sdk = server.SdkFor(TestClients.Hooks);
        var endpoints = sdk.GetRequiredService<IWebhookEndpointsApi>();

        var created = await endpoints.CreateAsync(new WebhookEndpointRequest
        {
            Url = new Uri("http://127.0.0.1:9/hooks/am"),
            Description = "QMS receiver",
            EventTypes = [AmConnectorEventTypes.LotStatusChanged],
        });

        Assert.StartsWith("whsec_", created.Secret, StringComparison.Ordinal);
        Assert.Contains(await endpoints.ListAsync(), e => e.Id == created.Endpoint.Id && e.Description == "QMS receiver");
        Assert.Equal([AmConnectorEventTypes.LotStatusChanged], (await endpoints.GetAsync(created.Endpoint.Id)).EventTypes);

        var changed = await endpoints.UpdateAsync(created.Endpoint.Id, new WebhookEndpointRequest
        {
            Url = created.Endpoint.Url,
            Description = "changed",
            EventTypes = [AmConnectorEventTypes.CoaReceived],
        });
        Assert.Equal("changed", changed.Description);

        var rotated = await endpoints.RotateSecretAsync(created.Endpoint.Id);
        Assert.NotEqual(created.Secret, rotated.Secret);

        Assert.False((await endpoints.DisableAsync(created.Endpoint.Id)).Enabled);
        Assert.True((await endpoints.EnableAsync(created.Endpoint.Id)).Enabled);

        var test = await endpoints.SendTestAsync(created.Endpoint.Id);
        var entry = await sdk.GetRequiredService<IWebhookDeliveriesApi>().GetAsync(test.MessageId);
        Assert.Equal(AmConnectorEventTypes.WebhookTest, entry.Type);
        Assert.Equal(DeliveryStatus.Pending, Assert.Single(entry.Deliveries).Status);
        var page = await sdk.GetRequiredService<IWebhookDeliveriesApi>().ListAsync(endpointId: created.Endpoint.Id, top: 10);
        Assert.Contains(page.Value, e => e.MessageId == test.MessageId);
        Assert.Equal(0, (await endpoints.ReplayAsync(created.Endpoint.Id, DateTimeOffset.UtcNow.AddDays(-1))).Replayed);
    }
}
