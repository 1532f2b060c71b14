namespace AmConnector.IntegrationTests.Hostile;

public static partial class HostileCases
{
    /// <summary>Readable entity sets, a string property of each, and who may read them.</summary>
    private static readonly (string Set, string Text, HostileCaller Caller)[] ReadSets =
    [
        ("Suppliers", "Code", HostileCaller.Reader),
        ("Materials", "CatalogueNumber", HostileCaller.Reader),
        ("Lots", "LotNumber", HostileCaller.Reader),
        ("Certificates", "DocumentNumber", HostileCaller.Reader),
        ("RiskAssessments", "UseContext", HostileCaller.Reader),
        ("Qualifications", "UseContext", HostileCaller.Reader),
        ("ChangeNotices", "Title", HostileCaller.Reader),
        ("AuditEvents", "EntityType", HostileCaller.Writer),
        ("Signatures", "SignerName", HostileCaller.Reader),
        ("WebhookDeliveries", "EventType", HostileCaller.WebhooksManager),
    ];

    /// <summary>Navigation chains that can be expanded without end: Lot → Material → Supplier → Materials → Lots → …</summary>
    private static string DeepExpand(string set, int levels)
    {
        string[] cycle = set switch
        {
            "Lots" => ["Material", "Supplier", "Materials", "Lots"],
            "Materials" => ["Supplier", "Materials", "Lots", "Material"],
            _ => ["Materials", "Supplier"],
        };
        var text = cycle[(levels - 1) % cycle.Length];
        for (var i = levels - 2; i >= 0; i--)
        {
            text = $"{cycle[i % cycle.Length]}($expand={text})";
        }

        return text;
    }

    private static IEnumerable<HostileCase> QueryCases()
    {
        foreach (var (set, p, caller) in ReadSets)
        {
            var bombs = new (string Variant, string Query, HostileExpect Expect)[]
            {
                ("top-int-max", "$top=2147483647", HostileExpect.Rejected),
                ("top-beyond-int", "$top=2147483648", HostileExpect.Rejected),
                ("top-negative", "$top=-1", HostileExpect.Rejected),
                ("top-zero", "$top=0", HostileExpect.Handled),
                ("top-twice", "$top=1&$top=2", HostileExpect.Rejected),
                ("skip-int-max", "$skip=2147483647", HostileExpect.Handled),
                ("skip-beyond-long", "$skip=99999999999999999999", HostileExpect.Rejected),
                ("skip-negative", "$skip=-5", HostileExpect.Rejected),
                ("filter-3000-or-clauses", "$filter=" + Escape(string.Join(" or ", Enumerable.Range(0, 3000).Select(i => $"{p} eq 'value-{i:D6}'"))), HostileExpect.Rejected),
                ("filter-100kb-literal", "$filter=" + Escape($"{p} eq '{new string('a', 100_000)}'"), HostileExpect.Handled),
                ("filter-10000-parentheses", "$filter=" + Escape(new string('(', 10_000) + $"{p} eq 'a'" + new string(')', 10_000)), HostileExpect.Rejected),
                ("filter-5000-not", "$filter=" + Escape(string.Concat(Enumerable.Repeat("not ", 5000)) + $"({p} eq 'a')"), HostileExpect.Rejected),
                ("filter-in-5000-values", "$filter=" + Escape($"{p} in (" + string.Join(",", Enumerable.Range(0, 5000).Select(i => $"'v{i}'")) + ")"), HostileExpect.Handled),
                ("filter-unknown-function", "$filter=" + Escape($"hostile({p}) eq 1"), HostileExpect.Rejected),
                ("filter-geo-distance", "$filter=" + Escape($"geo.distance({p}, {p}) lt 1"), HostileExpect.Rejected),
                ("filter-matches-pattern", "$filter=" + Escape($"matchesPattern({p}, '^(a+)+$')"), HostileExpect.Handled),
                ("filter-cast", "$filter=" + Escape($"cast({p}, Edm.Int32) eq 1"), HostileExpect.Handled),
                ("filter-isof", "$filter=" + Escape($"isof({p}, Edm.String)"), HostileExpect.Handled),
                ("filter-wrong-type", "$filter=" + Escape($"{p} eq 1"), HostileExpect.Handled),
                ("filter-divide-by-zero", "$filter=" + Escape($"length({p}) div 0 eq 1"), HostileExpect.Handled),
                ("filter-modulo-zero", "$filter=" + Escape($"length({p}) mod 0 eq 1"), HostileExpect.Handled),
                ("filter-date-of-string", "$filter=" + Escape($"date({p}) eq 2026-01-01"), HostileExpect.Rejected),
                ("filter-huge-number", "$filter=" + Escape($"length({p}) eq 1e400"), HostileExpect.Handled),
                ("filter-huge-decimal", "$filter=" + Escape($"length({p}) eq 79228162514264337593543950336M"), HostileExpect.Handled),
                ("filter-date-out-of-range", "$filter=" + Escape("CreatedAt gt 10000-01-01T00:00:00Z"), HostileExpect.Rejected),
                ("filter-date-min-offset", "$filter=" + Escape("CreatedAt gt 0001-01-01T00:00:00+14:00"), HostileExpect.Handled),
                ("filter-now-arithmetic", "$filter=" + Escape("CreatedAt add duration'P10675199D' gt now()"), HostileExpect.Handled),
                ("filter-empty", "$filter=", HostileExpect.Rejected),
                ("filter-lambda-without-collection", "$filter=" + Escape($"{p}/any(x: x eq 'a')"), HostileExpect.Rejected),
                ("filter-unknown-property", "$filter=" + Escape("Hostile eq 'a'"), HostileExpect.Rejected),
                ("select-unknown", "$select=Hostile", HostileExpect.Rejected),
                ("select-path-into-string", "$select=" + Escape($"{p}/Length"), HostileExpect.Rejected),
                ("select-5000-items", "$select=" + Escape(string.Join(",", Enumerable.Repeat(p, 5000))), HostileExpect.Handled),
                ("select-twice", $"$select={p}&$select=Id", HostileExpect.Handled),
                ("select-star-and-unknown", "$select=*,Hostile", HostileExpect.Rejected),
                ("expand-unknown", "$expand=Hostile", HostileExpect.Rejected),
                ("expand-star", "$expand=*", HostileExpect.Handled),
                ("expand-star-levels-max", "$expand=" + Escape("*($levels=max)"), HostileExpect.Handled),
                ("expand-nested-50", "$expand=" + Escape(DeepExpand(set, 50)), HostileExpect.Rejected),
                ("expand-levels-1000", "$expand=" + Escape(DeepExpand(set, 1) + "($levels=1000)"), HostileExpect.Rejected),
                ("expand-levels-max", "$expand=" + Escape(DeepExpand(set, 1) + "($levels=max)"), HostileExpect.Handled),
                ("levels-top-level", "$levels=5", HostileExpect.Handled),
                ("apply-groupby", "$apply=" + Escape($"groupby(({p}))"), HostileExpect.Rejected),
                ("apply-aggregate", "$apply=" + Escape("aggregate($count as N)"), HostileExpect.Rejected),
                ("search", "$search=hostile", HostileExpect.Rejected),
                ("compute", "$compute=" + Escape($"length({p}) as L"), HostileExpect.Rejected),
                ("orderby-6-keys", "$orderby=" + Escape(string.Join(",", Enumerable.Repeat(p, 6))), HostileExpect.Rejected),
                ("orderby-double-direction", "$orderby=" + Escape($"{p} desc desc"), HostileExpect.Rejected),
                ("orderby-unknown", "$orderby=Hostile", HostileExpect.Rejected),
                ("count-not-boolean", "$count=maybe", HostileExpect.Rejected),
                ("format-xml", "$format=" + Escape("application/xml"), HostileExpect.Handled),
                ("format-garbage", "$format=" + Escape("\u00ff/\u00ff"), HostileExpect.Handled),
                ("unknown-dollar-option", "$hostile=1", HostileExpect.Handled),
                ("skiptoken-garbage", "$skiptoken=" + Escape("'garbage'"), HostileExpect.Handled),
                ("deltatoken-garbage", "$deltatoken=garbage", HostileExpect.Handled),
                ("any-all-depth-4", "$filter=" + Escape(set == "Suppliers"
                    ? "Materials/any(m: m/Lots/any(l: l/Material/Lots/any(x: x/Material/Lots/any(y: y/LotNumber eq 'a'))))"
                    : $"{p} eq 'a'"), set == "Suppliers" ? HostileExpect.Rejected : HostileExpect.Handled),
            };
            foreach (var (variant, query, expect) in bombs)
            {
                var url = $"/odata/{set}?{query}";
                yield return new HostileCase(ODataBombs, $"GET odata/{set}", variant, expect, _ => new HostileRequest("GET", url, caller));
            }

            // The same query language at a single entity and at $count.
            yield return new HostileCase(ODataBombs, $"GET odata/{set}/$count", "filter-3000-or-clauses", HostileExpect.Rejected,
                _ => new HostileRequest("GET", $"/odata/{set}/$count?$filter=" + Escape(string.Join(" or ", Enumerable.Range(0, 3000).Select(i => $"{p} eq 'v{i}'"))), caller));
            yield return new HostileCase(ODataBombs, $"GET odata/{set}(key)", "expand-nested-50", HostileExpect.Rejected,
                c => new HostileRequest("GET", $"/odata/{set}({KeyOf(c, set)})?$expand=" + Escape(DeepExpand(set, 50)), caller));
            yield return new HostileCase(ODataBombs, $"GET odata/{set}", "prefer-maxpagesize-garbage", HostileExpect.Handled,
                _ => new HostileRequest("GET", $"/odata/{set}", caller) { Headers = [new("Prefer", "odata.maxpagesize=99999999999999999999, odata.track-changes")] });
            yield return new HostileCase(ODataBombs, $"GET odata/{set}", "prefer-track-changes-with-garbage-deltatoken", HostileExpect.Handled,
                _ => new HostileRequest("GET", $"/odata/{set}?$deltatoken=" + Escape("AAAA.bbbb/cccc=="), caller) { Headers = [new("Prefer", "odata.track-changes")] });
            yield return new HostileCase(ODataBombs, $"GET odata/{set}", "prefer-track-changes-with-garbage-skiptoken", HostileExpect.Handled,
                _ => new HostileRequest("GET", $"/odata/{set}?$skiptoken=" + Escape("AAAA.bbbb/cccc=="), caller) { Headers = [new("Prefer", "odata.track-changes")] });

            foreach (var c in SqlFilterCases(set, p, caller))
            {
                yield return c;
            }
        }

        foreach (var c in BatchBombs())
        {
            yield return c;
        }
    }

    private static Guid KeyOf(HostileContext context, string set) => context.Keys.TryGetValue(set, out var key) ? key : Guid.Empty;

    private static IEnumerable<HostileCase> SqlFilterCases(string set, string p, HostileCaller caller)
    {
        var literals = new (string Variant, string Filter, HostileExpect Expect)[]
        {
            ("or-1-eq-1-escaped", $"{p} eq ''' OR 1=1 --'", HostileExpect.Handled),
            ("or-1-eq-1-unescaped", $"{p} eq '' OR 1=1 --'", HostileExpect.Rejected),
            ("drop-table-escaped", $"{p} eq '; DROP TABLE {set};--'", HostileExpect.Handled),
            ("drop-table-outside-literal", $"{p} eq 'a'; DROP TABLE {set};--", HostileExpect.Rejected),
            ("unbalanced-quote", $"{p} eq 'abc", HostileExpect.Rejected),
            ("lone-quote", $"{p} eq '", HostileExpect.Rejected),
            ("three-quotes", $"{p} eq '''", HostileExpect.Rejected),
            ("percent-contains", $"contains({p}, '%')", HostileExpect.Handled),
            ("underscore-contains", $"contains({p}, '_')", HostileExpect.Handled),
            ("bracket-startswith", $"startswith({p}, '[')", HostileExpect.Handled),
            ("bracket-class-contains", $"contains({p}, '[a-z]%')", HostileExpect.Handled),
            ("backslash-endswith", $"endswith({p}, '\\')", HostileExpect.Handled),
            ("union-select", $"{p} eq 'x'' UNION SELECT * FROM sqlite_master --'", HostileExpect.Handled),
            ("comment-in-literal", $"{p} eq '/* */'", HostileExpect.Handled),
            ("nul-in-literal", $"{p} eq 'a\0b'", HostileExpect.Handled),
            ("double-quotes", $"{p} eq \"x\" OR \"1\"=\"1\"", HostileExpect.Rejected),
        };
        foreach (var (variant, filter, expect) in literals)
        {
            var url = $"/odata/{set}?$filter={Escape(filter)}";
            yield return new HostileCase(SqlMetacharacters, $"GET odata/{set}", variant, expect, _ => new HostileRequest("GET", url, caller));
        }
    }

    private static IEnumerable<HostileCase> BatchBombs()
    {
        const string label = "POST odata/$batch";
        static string Requests(int count, Func<int, string> request) =>
            "{\"requests\":[" + string.Join(",", Enumerable.Range(0, count).Select(request)) + "]}";

        var cases = new (string Variant, Func<HostileContext, string> Body, string ContentType, HostileExpect Expect)[]
        {
            ("101-gets", _ => Requests(101, i => $"{{\"id\":\"{i}\",\"method\":\"GET\",\"url\":\"Suppliers?$top=1\"}}"), "application/json", HostileExpect.Rejected),
            ("10000-gets", _ => Requests(10_000, i => $"{{\"id\":\"{i}\",\"method\":\"GET\",\"url\":\"Suppliers?$top=1\"}}"), "application/json", HostileExpect.Rejected),
            ("150-writes-one-changeset", _ => Requests(150, i => $"{{\"id\":\"{i}\",\"atomicityGroup\":\"g\",\"method\":\"POST\",\"url\":\"Suppliers\",\"headers\":{{\"content-type\":\"application/json\"}},\"body\":{{\"Code\":\"HB{i}\",\"Name\":\"x\",\"Country\":\"GB\"}}}}"), "application/json", HostileExpect.Rejected),
            ("duplicate-ids", _ => Requests(3, _ => "{\"id\":\"1\",\"method\":\"GET\",\"url\":\"Suppliers?$top=1\"}"), "application/json", HostileExpect.Handled),
            ("depends-on-cycle", _ => "{\"requests\":[{\"id\":\"1\",\"dependsOn\":[\"2\"],\"method\":\"GET\",\"url\":\"Lots\"},{\"id\":\"2\",\"dependsOn\":[\"1\"],\"method\":\"GET\",\"url\":\"Lots\"}]}", "application/json", HostileExpect.Rejected),
            ("depends-on-unknown", _ => "{\"requests\":[{\"id\":\"1\",\"dependsOn\":[\"9\"],\"method\":\"GET\",\"url\":\"Lots\"}]}", "application/json", HostileExpect.Rejected),
            ("nested-batch", _ => "{\"requests\":[{\"id\":\"1\",\"method\":\"POST\",\"url\":\"$batch\",\"headers\":{\"content-type\":\"application/json\"},\"body\":{\"requests\":[]}}]}", "application/json", HostileExpect.Handled),
            ("absolute-url-other-host", _ => "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"http://169.254.169.254/latest/meta-data\"}]}", "application/json", HostileExpect.Handled),
            ("url-traversal", _ => "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"../../etc/passwd\"}]}", "application/json", HostileExpect.Handled),
            ("url-to-token-endpoint", _ => "{\"requests\":[{\"id\":\"1\",\"method\":\"POST\",\"url\":\"/connect/token\",\"body\":\"grant_type=client_credentials\"}]}", "application/json", HostileExpect.Handled),
            ("method-garbage", _ => "{\"requests\":[{\"id\":\"1\",\"method\":\"H\\u00ffSTILE\",\"url\":\"Lots\"}]}", "application/json", HostileExpect.Handled),
            ("requests-not-array", _ => "{\"requests\":{}}", "application/json", HostileExpect.Rejected),
            ("request-without-url", _ => "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\"}]}", "application/json", HostileExpect.Rejected),
            ("inner-body-10000-deep", _ => "{\"requests\":[{\"id\":\"1\",\"method\":\"POST\",\"url\":\"Suppliers\",\"headers\":{\"content-type\":\"application/json\"},\"body\":" + new string('[', 10_000) + new string(']', 10_000) + "}]}", "application/json", HostileExpect.Rejected),
            ("inner-body-hostile-filter", _ => "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"Lots?$expand=" + DeepExpand("Lots", 50) + "\"}]}", "application/json", HostileExpect.Handled),
            ("json-5mb", _ => Requests(1, _ => "{\"id\":\"1\",\"method\":\"GET\",\"url\":\"Suppliers?$filter=Code eq '" + new string('a', 5 * 1024 * 1024) + "'\"}"), "application/json", HostileExpect.Rejected),
            ("multipart-200-parts", _ => Multipart(200), "multipart/mixed; boundary=b", HostileExpect.Rejected),
            ("multipart-no-boundary", _ => Multipart(2), "multipart/mixed", HostileExpect.Rejected),
            ("multipart-wrong-boundary", _ => Multipart(2), "multipart/mixed; boundary=other", HostileExpect.Handled),
            ("multipart-unterminated", _ => Multipart(2)[..^6], "multipart/mixed; boundary=b", HostileExpect.Handled),
            ("multipart-boundary-10000", _ => Multipart(1).Replace("--b", "--" + new string('b', 10_000), StringComparison.Ordinal), "multipart/mixed; boundary=" + new string('b', 10_000), HostileExpect.Rejected),
            ("multipart-garbage-part", _ => "--b\r\nContent-Type: application/http\r\n\r\n\u00ff\u00fe garbage\r\n--b--\r\n", "multipart/mixed; boundary=b", HostileExpect.Handled),
            ("multipart-nested-changesets", _ => "--b\r\nContent-Type: multipart/mixed; boundary=c\r\n\r\n--c\r\nContent-Type: multipart/mixed; boundary=d\r\n\r\n--d--\r\n--c--\r\n--b--\r\n", "multipart/mixed; boundary=b", HostileExpect.Rejected),
        };
        foreach (var (variant, body, contentType, expect) in cases)
        {
            var (make, type) = (body, contentType);
            yield return new HostileCase(ODataBombs, label, variant, expect,
                c => new HostileRequest("POST", "/odata/$batch", HostileCaller.Writer) { Body = Utf8(make(c)), ContentType = type, Headers = [Reason] });
        }
    }

    private static string Multipart(int parts) =>
        string.Concat(Enumerable.Range(0, parts).Select(i => $"--b\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: {i}\r\n\r\nGET Suppliers?$top=1 HTTP/1.1\r\n\r\n\r\n")) + "--b--\r\n";

    /// <summary>Percent-escapes a query value as a client would (the hostile part is the OData text, not the URL syntax).</summary>
    private static string Escape(string value) => Uri.EscapeDataString(value);
}
