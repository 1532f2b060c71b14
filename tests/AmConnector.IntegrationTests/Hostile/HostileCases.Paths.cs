namespace AmConnector.IntegrationTests.Hostile;

public static partial class HostileCases
{
    /// <summary>Key and segment payloads, already percent-escaped as they travel in a URL.</summary>
    private static readonly (string Name, string Escaped)[] TraversalPayloads =
    [
        ("dotdot-encoded-slashes", "..%2F..%2Fetc%2Fpasswd"),
        ("dotdot-encoded-dots", "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd"),
        ("dotdot-backslashes", "..%5C..%5Cwindows%5Cwin.ini"),
        ("double-encoded", "..%252F..%252Fetc%252Fpasswd"),
        ("overlong-dots", "%C0%AE%C0%AE%C0%AFetc%C0%AFpasswd"),
        ("null-byte", "abc%00.json"),
        ("lone-null-byte", "%00"),
        ("crlf-injection", "a%0D%0ASet-Cookie%3A%20x%3D1"),
        ("absolute-path", "%2Fetc%2Fpasswd"),
        ("unc-path", "%5C%5Cserver%5Cshare"),
        ("file-url", "file%3A%2F%2F%2Fetc%2Fpasswd"),
        ("long-4k", new string('a', 4096)),
        ("long-60k", new string('a', 60_000)),
        ("unicode-slash", "%E2%88%95etc%E2%88%95passwd"),
    ];

    private static readonly (string Name, string Escaped)[] SqlPayloads =
    [
        ("or-1-eq-1", "%27%20OR%201%3D1%20--"),
        ("drop-table", "1%3BDROP%20TABLE%20Lots%3B--"),
        ("unbalanced-quote", "abc%27"),
        ("percent", "%25"),
        ("underscore", "_"),
        ("bracket", "%5B"),
        ("union", "x%27%20UNION%20SELECT%20name%20FROM%20sqlite_master--"),
        ("quote-pair", "%27%27"),
    ];

    /// <summary>Routes with one hostile segment; the expectation when the segment is not a valid key or code.</summary>
    private static readonly (string Label, string Method, Func<HostileContext, string, string> Url, HostileCaller Caller, HostileExpect Expect)[] SegmentRoutes =
    [
        ("GET odata/Lots('key')", "GET", (_, p) => $"/odata/Lots('{p}')", HostileCaller.Reader, HostileExpect.Rejected),
        ("GET odata/Lots(key)", "GET", (_, p) => $"/odata/Lots({p})", HostileCaller.Reader, HostileExpect.Rejected),
        ("GET odata/Suppliers/key", "GET", (_, p) => $"/odata/Suppliers/{p}", HostileCaller.Reader, HostileExpect.Rejected),
        ("GET odata/AuditEvents(key)", "GET", (_, p) => $"/odata/AuditEvents({p})", HostileCaller.Writer, HostileExpect.Rejected),
        ("GET odata/{set}", "GET", (_, p) => $"/odata/{p}", HostileCaller.Reader, HostileExpect.Rejected),
        ("PATCH odata/Materials('key')", "PATCH", (_, p) => $"/odata/Materials('{p}')", HostileCaller.Writer, HostileExpect.Rejected),
        ("POST odata/Lots('key')/Release", "POST", (_, p) => $"/odata/Lots('{p}')/AmConnector.Release", HostileCaller.Writer, HostileExpect.Rejected),
        ("GET odata/Lots(key)/Usability(use)", "GET", (c, p) => $"/odata/Lots({c.Key("Lots")})/AmConnector.Usability(use='{p}')", HostileCaller.Reader, HostileExpect.Handled),
        ("GET api/webhooks/endpoints/{id}", "GET", (_, p) => $"/api/webhooks/endpoints/{p}", HostileCaller.WebhooksManager, HostileExpect.Rejected),
        ("PUT api/webhooks/endpoints/{id}", "PUT", (_, p) => $"/api/webhooks/endpoints/{p}", HostileCaller.WebhooksManager, HostileExpect.Rejected),
        ("GET api/webhooks/deliveries/{id}", "GET", (_, p) => $"/api/webhooks/deliveries/{p}", HostileCaller.WebhooksManager, HostileExpect.Rejected),
        ("POST api/suppliers/{code}/webhook-secrets", "POST", (_, p) => $"/api/suppliers/{p}/webhook-secrets", HostileCaller.ClientsManager, HostileExpect.Rejected),
        ("POST api/suppliers/NWB/webhook-secrets/{id}/rotate", "POST", (_, p) => $"/api/suppliers/NWB/webhook-secrets/{p}/rotate", HostileCaller.ClientsManager, HostileExpect.Rejected),
        ("DELETE api/clients/api-keys/{id}", "DELETE", (_, p) => $"/api/clients/api-keys/{p}", HostileCaller.ClientsManager, HostileExpect.Rejected),
        ("POST webhooks/suppliers/{code}/events", "POST", (_, p) => $"/webhooks/suppliers/{p}/events", HostileCaller.Anonymous, HostileExpect.Rejected),
        ("GET webhooks/suppliers/{code}/events", "GET", (_, p) => $"/webhooks/suppliers/{p}/events", HostileCaller.Reader, HostileExpect.Handled),
        ("GET api/audit/export?entity=", "GET", (_, p) => $"/api/audit/export?format=csv&entity={p}", HostileCaller.Writer, HostileExpect.Handled),
        ("GET webhooks/suppliers/NWB/events?type=", "GET", (_, p) => $"/webhooks/suppliers/NWB/events?type={p}&top={p}", HostileCaller.Reader, HostileExpect.Handled),
        ("GET api/webhooks/deliveries?status=", "GET", (_, p) => $"/api/webhooks/deliveries?status={p}&top={p}", HostileCaller.WebhooksManager, HostileExpect.Handled),
    ];

    private static IEnumerable<HostileCase> PathCases()
    {
        foreach (var (family, payloads) in new[] { (PathTraversal, TraversalPayloads), (SqlMetacharacters, SqlPayloads) })
        {
            foreach (var (label, method, url, caller, expect) in SegmentRoutes)
            {
                foreach (var (name, escaped) in payloads)
                {
                    var (build, payload) = (url, escaped);
                    yield return new HostileCase(family, $"{method} {label.Split(' ', 2)[1]}", name, expect, context => Segment(method, build(context, payload), caller));
                }
            }
        }

        // Invalid UTF-8, percent-escaped, in every place a URL carries text.
        foreach (var (label, method, url, caller, expect) in SegmentRoutes)
        {
            foreach (var (name, bytes) in InvalidUtf8Sequences)
            {
                var escaped = "a" + string.Concat(bytes.Select(b => $"%{b:X2}")) + "b";
                var build = url;
                yield return new HostileCase(InvalidUtf8, $"{method} {label.Split(' ', 2)[1]}", "url-" + name, expect, context => Segment(method, build(context, escaped), caller));
            }
        }

        foreach (var (name, bytes) in InvalidUtf8Sequences)
        {
            var escaped = string.Concat(bytes.Select(b => $"%{b:X2}"));
            yield return new HostileCase(InvalidUtf8, "GET odata/Lots?$filter", "url-" + name, HostileExpect.Handled,
                _ => new HostileRequest("GET", $"/odata/Lots?$filter=LotNumber%20eq%20%27{escaped}%27", HostileCaller.Reader));
            yield return new HostileCase(InvalidUtf8, "GET odata/Lots?$select", "url-" + name, HostileExpect.Rejected,
                _ => new HostileRequest("GET", $"/odata/Lots?$select={escaped}", HostileCaller.Reader));
            yield return new HostileCase(InvalidUtf8, "GET odata/Lots?$option", "url-" + name, HostileExpect.Handled,
                _ => new HostileRequest("GET", $"/odata/Lots?${escaped}=1", HostileCaller.Reader));
            yield return new HostileCase(InvalidUtf8, "GET unknown route", "url-" + name, HostileExpect.Rejected,
                _ => new HostileRequest("GET", $"/{escaped}/{escaped}", HostileCaller.Reader));
        }
    }

    private static HostileRequest Segment(string method, string url, HostileCaller caller) =>
        new(method, url, caller)
        {
            Body = method is "GET" or "DELETE" ? null : Utf8(method == "PUT"
                ? """{"url":"https://203.0.113.10/hooks/am","description":"x","eventTypes":["am.lot.status-changed"],"supplierCodes":[],"catalogueNumbers":[]}"""
                : method == "PATCH" ? """{"Name":"Hostile"}""" : """{"reason":"hostile"}"""),
            ContentType = method is "GET" or "DELETE" ? null : "application/json",
            Headers = method == "PATCH" ? [Reason, IfMatchAny] : [Reason],
        };
}
