namespace AmConnector.IntegrationTests.Hostile;

public static partial class HostileCases
{
    /// <summary>
    /// (A lone UTF-16 surrogate cannot travel in a header: on the wire it is bytes, covered by encoded-lone-surrogate.)
    /// Header values as Latin-1 characters, one per byte: a runner that sends headers as Latin-1 puts the
    /// raw invalid UTF-8 bytes on the wire; in-process they arrive as these characters.
    /// </summary>
    private static IEnumerable<(string Name, string Value)> HostileHeaderValues()
    {
        foreach (var (name, bytes) in InvalidUtf8Sequences)
        {
            yield return ("bytes-" + name, "a" + new string([.. bytes.Select(b => (char)b)]) + "b");
        }

        yield return ("replacement-char", "a\uFFFDb");
        yield return ("control-chars", "a\u0001\u001Fb");
        yield return ("long-8k", new string('a', 8 * 1024));
    }

    private static IEnumerable<HostileCase> HeaderCases()
    {
        var targets = new (string Label, string Header, Func<HostileContext, string, HostileRequest> Build, HostileExpect Expect)[]
        {
            ("GET odata/Lots", "Authorization", (_, v) => new HostileRequest("GET", "/odata/Lots?$top=1", HostileCaller.Anonymous) { Headers = [new("Authorization", "Bearer " + v)] }, HostileExpect.Rejected),
            ("GET odata/Lots", "Accept", (_, v) => new HostileRequest("GET", "/odata/Lots?$top=1", HostileCaller.Reader) { Headers = [new("Accept", "application/" + v)] }, HostileExpect.Handled),
            ("GET odata/Lots", "OData-MaxVersion", (_, v) => new HostileRequest("GET", "/odata/Lots?$top=1", HostileCaller.Reader) { Headers = [new("OData-MaxVersion", v)] }, HostileExpect.Handled),
            ("GET odata/Lots", "OData-Version", (_, v) => new HostileRequest("GET", "/odata/Lots?$top=1", HostileCaller.Reader) { Headers = [new("OData-Version", v)] }, HostileExpect.Handled),
            ("GET odata/Lots", "Prefer", (_, v) => new HostileRequest("GET", "/odata/Lots?$top=1", HostileCaller.Reader) { Headers = [new("Prefer", "odata.maxpagesize=" + v)] }, HostileExpect.Handled),
            ("GET odata/Lots", "Accept-Charset", (_, v) => new HostileRequest("GET", "/odata/Lots?$top=1", HostileCaller.Reader) { Headers = [new("Accept-Charset", v)] }, HostileExpect.Handled),
            ("PATCH odata/Lots(key)", "If-Match", (c, v) => new HostileRequest("PATCH", $"/odata/Lots({c.Key("Lots")})", HostileCaller.Writer)
                { Body = Utf8("{\"Quantity\":250}"), ContentType = "application/json", Headers = [Reason, new("If-Match", "\"" + v + "\"")] }, HostileExpect.Rejected),
            ("PATCH odata/Lots(key)", "If-Match-unquoted", (c, v) => new HostileRequest("PATCH", $"/odata/Lots({c.Key("Lots")})", HostileCaller.Writer)
                { Body = Utf8("{\"Quantity\":250}"), ContentType = "application/json", Headers = [Reason, new("If-Match", v)] }, HostileExpect.Rejected),
            ("POST odata/Suppliers", "Content-Type", (_, v) => new HostileRequest("POST", "/odata/Suppliers", HostileCaller.Writer)
                { Body = Utf8("{\"Code\":\"HCT\",\"Name\":\"x\",\"Country\":\"GB\"}"), ContentType = "application/json; charset=" + v, Headers = [Reason] }, HostileExpect.Handled),
            ("POST odata/Lots(key)/PlaceHold", "AmConnector-Reason", (c, v) => new HostileRequest("POST", $"/odata/Lots({c.Key("Lots")})/AmConnector.PlaceHold", HostileCaller.Writer)
                { Body = Utf8("{\"reason\":\"\"}"), ContentType = "application/json", Headers = [new("AmConnector-Reason", v)] }, HostileExpect.Handled),
            ("POST api/webhooks/endpoints", "Content-Type", (_, v) => new HostileRequest("POST", "/api/webhooks/endpoints", HostileCaller.WebhooksManager)
                { Body = Utf8("{\"url\":\"notaurl\"}"), ContentType = "application/json; charset=" + v }, HostileExpect.Rejected),
            ("POST webhooks/suppliers/NWB/events", "webhook-id", (c, v) => SignedWithId(c, v), HostileExpect.Handled),
            ("POST webhooks/suppliers/NWB/events", "webhook-signature", (c, v) => new HostileRequest("POST", "/webhooks/suppliers/NWB/events", HostileCaller.Anonymous)
                { Body = Utf8(TestEvent(c, Token(v), "header")), ContentType = "application/cloudevents+json",
                  Headers = [new("webhook-id", "msg_" + c.RunId + Token(v)), new("webhook-timestamp", c.Now().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)), new("webhook-signature", "v1," + v)] }, HostileExpect.Rejected),
            ("POST webhooks/suppliers/NWB/events", "webhook-timestamp", (c, v) => new HostileRequest("POST", "/webhooks/suppliers/NWB/events", HostileCaller.Anonymous)
                { Body = Utf8(TestEvent(c, Token(v), "header")), ContentType = "application/cloudevents+json",
                  Headers = [new("webhook-id", "msg_" + c.RunId + Token(v)), new("webhook-timestamp", v), new("webhook-signature", "v1,AAAA")] }, HostileExpect.Rejected),
            ("POST webhooks/suppliers/NWB/events", "Content-Type", (c, v) =>
            {
                var request = ReceiverPost(c, "msg_" + c.RunId + "_ct" + Token(v), TestEvent(c, Token("ct" + v), "content type"));
                return request with { ContentType = "application/cloudevents+json; charset=" + v };
            }, HostileExpect.Handled),
        };
        foreach (var (label, header, build, expect) in targets)
        {
            foreach (var (name, value) in HostileHeaderValues())
            {
                var (make, text) = (build, value);
                yield return new HostileCase(InvalidUtf8, label, $"header-{header}-{name}", expect, context => make(context, text));
            }
        }
    }

    /// <summary>A correctly signed test event whose webhook-id carries the hostile text.</summary>
    private static HostileRequest SignedWithId(HostileContext context, string value)
    {
        var token = Token("id" + value);
        var body = Utf8(TestEvent(context, token, "webhook id"));
        var id = $"msg_{context.RunId}_{token}_{value}";
        var at = context.Now();
        // The signature covers the id as the receiver decodes it; a Latin-1 runner sends these very characters.
        return new HostileRequest("POST", "/webhooks/suppliers/NWB/events", HostileCaller.Anonymous)
        {
            Body = body,
            ContentType = "application/cloudevents+json",
            Headers = [new("webhook-id", id), new("webhook-timestamp", at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("webhook-signature", HostileSigner.Sign(context.Secret, id, at.ToUnixTimeSeconds(), body))],
        };
    }
}
