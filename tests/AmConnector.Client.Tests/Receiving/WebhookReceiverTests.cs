using System.Text.Json;
using AmConnector.Client.Receiving;
using AmConnector.Client.Receiving.Events;
using Microsoft.Extensions.Time.Testing;

namespace AmConnector.Client.Tests.Receiving;

/// <summary>The receiver helper: any v1 signature of the header verifies, a tampered or stale one does not, and the data is typed.</summary>
public sealed class WebhookReceiverTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 5, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly string _old = Signed.NewSecret();
    private readonly string _new = Signed.NewSecret();

    [Fact]
    public void During_a_rotation_a_receiver_that_knows_either_secret_accepts_the_doubly_signed_event()
    {
        var body = Signed.CloudEvent(AmConnectorEventTypes.LotStatusChanged, Signed.LotStatusChangedData);
        var signature = Signed.Signature("msg_1", Now, body, _old, _new);
        var ts = Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(new AmConnectorWebhookReceiver(_old, _clock).TryVerify("msg_1", ts, signature, body, out var byOld));
        // StandardWebhooks 1.1.2's Verify reads only the first signature: the new secret's is the second.
        Assert.True(new AmConnectorWebhookReceiver(_new, _clock).TryVerify("msg_1", ts, signature, body, out var byNew));
        Assert.Equal("msg_1", byOld!.WebhookId);
        Assert.Equal(byOld.Id, byNew!.Id);
    }

    [Fact]
    public void A_tampered_body_an_unknown_secret_or_a_changed_id_is_refused()
    {
        var body = Signed.CloudEvent(AmConnectorEventTypes.LotStatusChanged, Signed.LotStatusChangedData);
        var signature = Signed.Signature("msg_2", Now, body, _old, _new);
        var ts = Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var receiver = new AmConnectorWebhookReceiver(_new, _clock);

        Assert.False(receiver.TryVerify("msg_2", ts, signature, body.Replace("Released", "Rejected", StringComparison.Ordinal), out var tampered));
        Assert.Null(tampered);
        Assert.False(receiver.TryVerify("msg_3", ts, signature, body, out _));
        Assert.False(new AmConnectorWebhookReceiver(Signed.NewSecret(), _clock).TryVerify("msg_2", ts, signature, body, out _));
        Assert.False(receiver.TryVerify("msg_2", ts, "v2," + signature.Split(' ')[1][3..], body, out _));
        Assert.False(receiver.TryVerify("msg_2", ts, "", body, out _));
    }

    [Theory]
    [InlineData(-301, false)]
    [InlineData(-299, true)]
    [InlineData(299, true)]
    [InlineData(301, false)]
    public void The_timestamp_must_be_within_five_minutes_of_the_clock(int offsetSeconds, bool accepted)
    {
        var body = Signed.CloudEvent(AmConnectorEventTypes.LotStatusChanged, Signed.LotStatusChangedData);
        var sentAt = Now.AddSeconds(offsetSeconds);
        var signature = Signed.Signature("msg_4", sentAt, body, _new);

        Assert.Equal(accepted, new AmConnectorWebhookReceiver(_new, _clock).TryVerify(
            "msg_4", sentAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), signature, body, out _));
    }

    [Fact]
    public void A_known_type_parses_into_its_record_and_an_unknown_one_keeps_raw_json()
    {
        var receiver = new AmConnectorWebhookReceiver(_new, _clock);
        var ts = Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var known = Signed.CloudEvent(AmConnectorEventTypes.LotStatusChanged, Signed.LotStatusChangedData);
        var unknown = Signed.CloudEvent("am.something.new", """{"answer":42}""");

        Assert.True(receiver.TryVerify("msg_5", ts, Signed.Signature("msg_5", Now, known, _new), known, out var typed));
        Assert.True(receiver.TryVerify("msg_6", ts, Signed.Signature("msg_6", Now, unknown, _new), unknown, out var raw));

        var changed = Assert.IsType<LotStatusChanged>(typed!.Data);
        Assert.Equal(("FB-25-0311", "Quarantine", "Released", null), (changed.LotNumber, changed.From, changed.To, changed.Conditions));
        Assert.Equal(("lots/x", "abc"), (typed.Subject, typed.CorrelationId));
        Assert.True(typed.IsTyped);
        Assert.False(raw!.IsTyped);
        Assert.Equal(42, Assert.IsType<JsonElement>(raw.Data).GetProperty("answer").GetInt32());
    }

    [Fact]
    public void A_signed_body_that_is_not_a_CloudEvent_is_refused()
    {
        const string body = """{"hello":"world"}""";
        var ts = Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.False(new AmConnectorWebhookReceiver(_new, _clock).TryVerify("msg_7", ts, Signed.Signature("msg_7", Now, body, _new), body, out _));
    }
}
