using System.Text.Json;
using AmConnector.Outbox;
using AmConnector.Webhooks.Outbound;

namespace AmConnector.Tests.Webhooks.Outbound;

public sealed class CloudEventBodyTests
{
    [Fact]
    public void Serialize_Message_IsAStructuredCloudEventWithDataVerbatim()
    {
        var message = new OutboxMessage
        {
            Type = EventTypes.LotHoldChanged,
            Subject = "lots/NWB/NB-1/L-1",
            Data = """{"lotId":"0199","amount":1.50,"note":"ü"}""",
            OccurredAt = new DateTimeOffset(2026, 11, 28, 4, 0, 0, TimeSpan.FromHours(1)),
            CorrelationId = "4bf92f3577b34da6a3ce929d0e0e4736",
        };

        var json = CloudEventBody.Serialize(message, "urn:amconnector:site-a");
        var root = JsonDocument.Parse(json).RootElement;

        Assert.Equal("1.0", root.GetProperty("specversion").GetString());
        Assert.Equal(message.Id.ToString(), root.GetProperty("id").GetString());
        Assert.Equal("urn:amconnector:site-a", root.GetProperty("source").GetString());
        Assert.Equal(EventTypes.LotHoldChanged, root.GetProperty("type").GetString());
        Assert.Equal("lots/NWB/NB-1/L-1", root.GetProperty("subject").GetString());
        Assert.Equal("2026-11-28T03:00:00.0000000Z", root.GetProperty("time").GetString());
        Assert.Equal("application/json", root.GetProperty("datacontenttype").GetString());
        Assert.Equal(message.CorrelationId, root.GetProperty("correlationid").GetString());
        Assert.Contains("\"amount\":1.50", json, StringComparison.Ordinal);
        Assert.Equal("ü", root.GetProperty("data").GetProperty("note").GetString());
    }
}
