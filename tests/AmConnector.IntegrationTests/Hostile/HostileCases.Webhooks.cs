using System.Globalization;

namespace AmConnector.IntegrationTests.Hostile;

public static partial class HostileCases
{
    private const string Receiver = "POST webhooks/suppliers/{code}/events";

    private static IEnumerable<HostileCase> SignatureCases()
    {
        // Timestamps: old, future, out of any range, not a number.
        foreach (var (variant, seconds) in new (string, Func<DateTimeOffset, string>)[]
        {
            ("timestamp-10-minutes-old", now => (now.ToUnixTimeSeconds() - 600).ToString(CultureInfo.InvariantCulture)),
            ("timestamp-10-minutes-ahead", now => (now.ToUnixTimeSeconds() + 600).ToString(CultureInfo.InvariantCulture)),
            ("timestamp-one-day-old", now => (now.ToUnixTimeSeconds() - 86_400).ToString(CultureInfo.InvariantCulture)),
            ("timestamp-zero", _ => "0"),
            ("timestamp-negative", _ => "-1"),
            ("timestamp-long-max", _ => long.MaxValue.ToString(CultureInfo.InvariantCulture)),
            ("timestamp-beyond-long", _ => "99999999999999999999999"),
            ("timestamp-beyond-datetime", _ => "253402300800"),
            ("timestamp-milliseconds", now => now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
            ("timestamp-fraction", now => now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + ".5"),
            ("timestamp-exponent", _ => "1.7e9"),
            ("timestamp-iso", now => now.ToString("O", CultureInfo.InvariantCulture)),
            ("timestamp-space-padded", now => " " + now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + " "),
            ("timestamp-plus-sign", now => "+" + now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        })
        {
            var name = variant;
            yield return Signed(name, HostileExpect.Rejected, (context, id, body) =>
            {
                var stamp = seconds(context.Now());
                // Signed with the hostile timestamp, so only the timestamp check can refuse it.
                var valid = long.TryParse(stamp, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                    ? HostileSigner.Sign(context.Secret, id, parsed, body) : "v1,AAAA";
                return [new("webhook-id", id), new("webhook-timestamp", stamp), new("webhook-signature", valid)];
            });
        }

        // Signatures: wrong, malformed, wrong version, several.
        foreach (var (variant, expect, signature) in new (string, HostileExpect, Func<string, string>)[]
        {
            ("signature-wrong-secret", HostileExpect.Rejected, _ => "v1," + Convert.ToBase64String(new byte[32])),
            ("signature-empty", HostileExpect.Rejected, _ => ""),
            ("signature-prefix-only", HostileExpect.Rejected, _ => "v1,"),
            ("signature-not-base64", HostileExpect.Rejected, _ => "v1,!!!not-base64!!!"),
            ("signature-without-version", HostileExpect.Rejected, valid => valid[3..]),
            ("signature-version-v2", HostileExpect.Rejected, valid => "v2," + valid[3..]),
            ("signature-version-v1a", HostileExpect.Rejected, valid => "v1a," + valid[3..]),
            ("signature-version-uppercase", HostileExpect.Rejected, valid => "V1," + valid[3..]),
            ("signature-asymmetric-v1a-prefix", HostileExpect.Rejected, valid => "v1a," + valid[3..]),
            ("signature-truncated", HostileExpect.Rejected, valid => valid[..^4]),
            ("signature-trailing-garbage", HostileExpect.Rejected, valid => valid + "AA"),
            ("signature-lowercased", HostileExpect.Rejected, valid => valid.ToLowerInvariant()),
            ("signatures-several-all-wrong", HostileExpect.Rejected, _ => string.Join(' ', Enumerable.Range(0, 5).Select(i => "v1," + Convert.ToBase64String(new byte[32] { (byte)i, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31 })))),
            ("signatures-1000-wrong", HostileExpect.Rejected, _ => string.Join(' ', Enumerable.Repeat("v1," + Convert.ToBase64String(new byte[32]), 1000))),
            ("signatures-comma-separated", HostileExpect.Rejected, valid => "v1,AAAA," + valid),
            ("signatures-valid-among-wrong", HostileExpect.Handled, valid => "v1,AAAA v2,BBBB " + valid),
            ("signature-valid-tab-separated", HostileExpect.Handled, valid => "v1,AAAA\t" + valid),
        })
        {
            var (name, sign) = (variant, signature);
            yield return Signed(name, expect, (context, id, body) =>
            {
                var now = context.Now();
                return [new("webhook-id", id), new("webhook-timestamp", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
                    new("webhook-signature", sign(HostileSigner.Sign(context.Secret, id, now.ToUnixTimeSeconds(), body)))];
            });
        }

        // Missing and empty headers, each in turn.
        foreach (var header in new[] { "webhook-id", "webhook-timestamp", "webhook-signature" })
        {
            var missing = header;
            yield return Signed($"missing-{missing}", HostileExpect.Rejected,
                (context, id, body) => [.. HostileSigner.Headers(context.Secret, id, context.Now(), body).Where(h => h.Key != missing)]);
            yield return Signed($"empty-{missing}", HostileExpect.Rejected,
                (context, id, body) => [.. HostileSigner.Headers(context.Secret, id, context.Now(), body).Select(h => h.Key == missing ? new KeyValuePair<string, string>(h.Key, "") : h)]);
        }

        yield return Signed("no-headers", HostileExpect.Rejected, (_, _, _) => []);
        yield return Signed("signed-for-another-id", HostileExpect.Rejected, (context, id, body) =>
            [.. HostileSigner.Headers(context.Secret, id + "x", context.Now(), body).Select(h => h.Key == "webhook-id" ? new KeyValuePair<string, string>(h.Key, id) : h)]);
        yield return Signed("webhook-id-4kb", HostileExpect.Rejected, (context, id, body) => HostileSigner.Headers(context.Secret, id + new string('x', 4096), context.Now(), body));
        yield return Signed("webhook-id-with-dots", HostileExpect.Handled, (context, id, body) => HostileSigner.Headers(context.Secret, id + ".1.2", context.Now(), body));
        yield return Signed("webhook-id-sql", HostileExpect.Handled, (context, id, body) => HostileSigner.Headers(context.Secret, id + "' OR 1=1 --", context.Now(), body));
        yield return Signed("duplicate-signature-headers", HostileExpect.Handled, (context, id, body) =>
            [.. HostileSigner.Headers(context.Secret, id, context.Now(), body), new("webhook-signature", "v1,AAAA")]);
        yield return Signed("duplicate-timestamp-headers", HostileExpect.Rejected, (context, id, body) =>
            [.. HostileSigner.Headers(context.Secret, id, context.Now(), body), new("webhook-timestamp", "0")]);
        yield return Signed("secret-of-another-supplier-route", HostileExpect.Rejected, (context, id, body) => HostileSigner.Headers(context.Secret, id, context.Now(), body), supplier: "HLX");
        yield return Signed("unknown-supplier", HostileExpect.Rejected, (context, id, body) => HostileSigner.Headers(context.Secret, id, context.Now(), body), supplier: "NOPE");
    }

    /// <summary>A receiver case with a valid test event and the given Standard Webhooks headers.</summary>
    private static HostileCase Signed(string variant, HostileExpect expect, Func<HostileContext, string, byte[], IEnumerable<KeyValuePair<string, string>>> headers, string supplier = HostileContext.SupplierCode)
    {
        var token = Token($"{Signatures}/{variant}");
        return new HostileCase(Signatures, Receiver, variant, expect, context =>
        {
            var body = Utf8(TestEvent(context, token, "signature " + variant));
            return new HostileRequest("POST", $"/webhooks/suppliers/{supplier}/events", HostileCaller.Anonymous)
            {
                Body = body,
                ContentType = "application/cloudevents+json",
                Headers = [.. headers(context, $"msg_{context.RunId}_{token}", body)],
            };
        });
    }

    private static string TestEvent(HostileContext context, string token, string message, string? eventId = null) =>
        TestEventWithId(eventId ?? $"ce-{context.RunId}-{token}", message);

    private static string TestEventWithId(string eventId, string message) =>
        $$$"""{"specversion":"1.0","id":"{{{eventId}}}","source":"urn:supplier:NWB:publisher","type":"am.test","time":"2026-11-28T09:00:00Z","datacontenttype":"application/json","data":{"message":"{{{message}}}"}}""";

    /// <summary>The same delivery again (same webhook-id), or the same CloudEvent under a new webhook-id: 200 with the first answer, no second effect.</summary>
    private static IEnumerable<HostileCase> ReplayCases()
    {
        for (var i = 0; i < 6; i++)
        {
            var n = i;
            var token = Token($"{Replay}/same-webhook-id/{n}");
            yield return new HostileCase(Replay, Receiver, $"same-webhook-id-{n}", HostileExpect.Replay,
                context => ReceiverPost(context, $"msg_{context.RunId}_{token}", TestEvent(context, token, $"replay {n}")));

            var other = Token($"{Replay}/same-event-id/{n}");
            yield return new HostileCase(Replay, Receiver, $"same-cloudevent-id-new-webhook-id-{n}", HostileExpect.Replay,
                context => ReceiverPost(context, $"msg_{context.RunId}_{other}", TestEvent(context, other, $"replay {n}")))
            {
                Repeat = context => ReceiverPost(context, $"msg_{context.RunId}_{other}_again", TestEvent(context, other, $"replay {n}")),
            };

            var changed = Token($"{Replay}/same-webhook-id-other-body/{n}");
            yield return new HostileCase(Replay, Receiver, $"same-webhook-id-other-body-{n}", HostileExpect.Replay,
                context => ReceiverPost(context, $"msg_{context.RunId}_{changed}", TestEvent(context, changed, $"first {n}")))
            {
                Repeat = context => ReceiverPost(context, $"msg_{context.RunId}_{changed}", TestEvent(context, changed, $"second {n}", eventId: $"ce-{context.RunId}-{changed}-2")),
            };
        }
    }

    private static HostileRequest ReceiverPost(HostileContext context, string webhookId, string json)
    {
        var body = Utf8(json);
        return new HostileRequest("POST", $"/webhooks/suppliers/{HostileContext.SupplierCode}/events", HostileCaller.Anonymous)
        {
            Body = body,
            ContentType = "application/cloudevents+json",
            Headers = [.. HostileSigner.Headers(context.Secret, webhookId, context.Now(), body)],
        };
    }
}
