using System.Net;
using System.Text;
using AmConnector.Client.Receiving;
using AmConnector.Client.Receiving.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AmConnector.Client.Tests.Receiving;

/// <summary>A host receives AmConnector's webhooks with one MapAmConnectorWebhooks line.</summary>
public sealed class MapWebhooksTests
{
    [Fact]
    public async Task A_verified_event_reaches_the_handler_and_a_forged_one_is_401()
    {
        var secret = Signed.NewSecret();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var received = new List<AmConnectorEvent>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<TimeProvider>(clock);
        await using var app = builder.Build();
        app.MapAmConnectorWebhooks("/hooks/am", secret, (AmConnectorEvent e) => received.Add(e));
        await app.StartAsync();
        using var client = app.GetTestClient();
        var body = Signed.CloudEvent(AmConnectorEventTypes.LotStatusChanged, Signed.LotStatusChangedData);

        using var good = await client.SendAsync(Post(body, Signed.Signature("msg_a", clock.GetUtcNow(), body, Signed.NewSecret(), secret), clock.GetUtcNow()));
        using var forged = await client.SendAsync(Post(body, Signed.Signature("msg_a", clock.GetUtcNow(), body, Signed.NewSecret()), clock.GetUtcNow()));

        Assert.Equal(HttpStatusCode.NoContent, good.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.IsType<LotStatusChanged>(Assert.Single(received).Data);
    }

    private static HttpRequestMessage Post(string body, string signature, DateTimeOffset at)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/am") { Content = new StringContent(body, Encoding.UTF8, "application/cloudevents+json") };
        request.Headers.Add("webhook-id", "msg_a");
        request.Headers.Add("webhook-timestamp", at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", signature);
        return request;
    }
}
