namespace AmConnector.IntegrationTests.Hostile;

public static partial class HostileCases
{
    private const string TokenEndpoint = "POST connect/token";

    private const string Form = "application/x-www-form-urlencoded";

    /// <summary>
    /// Bad form bodies at the built-in token server. Its errors are OAuth 2.0 errors (RFC 6749 §5.2:
    /// JSON with <c>error</c>), the format every OAuth client parses; the judge accepts that format here.
    /// </summary>
    private static IEnumerable<HostileCase> TokenCases(Random random)
    {
        const string valid = "grant_type=client_credentials&client_id=hostile-client&client_secret=hostile-secret";
        var forms = new (string Variant, string Body, string? ContentType, string Family)[]
        {
            ("empty", "", Form, MalformedJson),
            ("no-content-type", valid, null, MalformedJson),
            ("json-body", "{\"grant_type\":\"client_credentials\",\"client_id\":\"x\",\"client_secret\":\"y\"}", "application/json", MalformedJson),
            ("json-declared-as-form", "{\"grant_type\":\"client_credentials\"}", Form, MalformedJson),
            ("missing-grant-type", "client_id=x&client_secret=y", Form, MalformedJson),
            ("grant-type-password", "grant_type=password&username=admin&password=admin&client_id=x", Form, WrongTypes),
            ("grant-type-unknown", "grant_type=hostile&client_id=x&client_secret=y", Form, WrongTypes),
            ("grant-type-twice", "grant_type=client_credentials&grant_type=password&client_id=x&client_secret=y", Form, MalformedJson),
            ("client-id-twice", "grant_type=client_credentials&client_id=a&client_id=b&client_secret=y", Form, MalformedJson),
            ("unknown-client", valid, Form, WrongTypes),
            ("client-id-sql", "grant_type=client_credentials&client_id=%27%20OR%201%3D1%20--&client_secret=%27%20OR%20%271%27%3D%271", Form, SqlMetacharacters),
            ("client-id-traversal", "grant_type=client_credentials&client_id=..%2F..%2Fetc%2Fpasswd&client_secret=x", Form, PathTraversal),
            ("client-id-null-byte", "grant_type=client_credentials&client_id=t-reader%00&client_secret=x", Form, PathTraversal),
            ("scope-10000-values", valid + "&scope=" + string.Join("%20", Enumerable.Range(0, 10_000).Select(i => "s" + i)), Form, Oversize),
            ("scope-null-byte", valid + "&scope=am.read%00", Form, InvalidUtf8),
            ("percent-invalid", "grant_type=%ZZ&client_id=%&client_secret=%G1", Form, MalformedJson),
            ("percent-ff", "grant_type=client_credentials&client_id=%FF%FE&client_secret=x", Form, InvalidUtf8),
            ("percent-overlong", "grant_type=client_credentials&client_id=%C0%AF&client_secret=x", Form, InvalidUtf8),
            ("percent-surrogate", "grant_type=client_credentials&client_id=%ED%A0%80&client_secret=x", Form, InvalidUtf8),
            ("form-1mb", valid + "&padding=" + new string('a', 1024 * 1024), Form, Oversize),
            ("form-5mb-value", valid + "&client_assertion=" + new string('a', 5 * 1024 * 1024), Form, Oversize),
            ("form-10000-keys", valid + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"&k{i}=v")), Form, Oversize),
            ("form-100kb-key", valid + "&" + new string('k', 100 * 1024) + "=v", Form, Oversize),
            ("form-deep-brackets", valid + "&a" + string.Concat(Enumerable.Repeat("[a]", 10_000)) + "=1", Form, DeepNesting),
            ("multipart-broken", "--x\r\nContent-Disposition: form-data; name=\"grant_type\"\r\n\r\nclient_credentials", "multipart/form-data; boundary=x", MalformedJson),
            ("multipart-no-boundary", valid, "multipart/form-data", MalformedJson),
            ("form-charset-utf16", valid, Form + "; charset=utf-16", MalformedJson),
            ("form-charset-unknown", valid, Form + "; charset=x-hostile", MalformedJson),
            ("only-ampersands", new string('&', 10_000), Form, MalformedJson),
            ("only-equals", new string('=', 10_000), Form, MalformedJson),
        };
        foreach (var (variant, body, contentType, family) in forms)
        {
            var (bytes, type) = (Utf8(body), contentType);
            yield return new HostileCase(family, TokenEndpoint, variant, HostileExpect.Rejected,
                _ => new HostileRequest("POST", "/connect/token", HostileCaller.Anonymous) { Body = bytes, ContentType = type });
        }

        // Raw invalid UTF-8 in the form (not percent-escaped).
        foreach (var (name, sequence) in InvalidUtf8Sequences)
        {
            var bytes = Utf8("grant_type=client_credentials&client_id=a").Concat(sequence).Concat(Utf8("&client_secret=x")).ToArray();
            yield return new HostileCase(InvalidUtf8, TokenEndpoint, "raw-" + name, HostileExpect.Rejected,
                _ => new HostileRequest("POST", "/connect/token", HostileCaller.Anonymous) { Body = bytes, ContentType = Form });
        }

        // Seeded random bytes: the same twenty bodies on every run.
        for (var i = 0; i < 20; i++)
        {
            var bytes = new byte[1 + random.Next(2048)];
            random.NextBytes(bytes);
            yield return new HostileCase(MalformedJson, TokenEndpoint, $"random-bytes-{i}", HostileExpect.Rejected,
                _ => new HostileRequest("POST", "/connect/token", HostileCaller.Anonymous) { Body = bytes, ContentType = Form });
        }
    }
}
