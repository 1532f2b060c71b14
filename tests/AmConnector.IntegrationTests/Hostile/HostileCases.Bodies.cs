using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AmConnector.IntegrationTests.Hostile;

public static partial class HostileCases
{
    /// <summary>Truncation step of the full set: a valid body cut after every Nth byte.</summary>
    private const int TruncationStep = 7;

    private static IEnumerable<HostileCase> BodyCases(Random random)
    {
        foreach (var target in BodyTargets)
        {
            var sample = Utf8(target.Template(Dummy, "00000000"));
            foreach (var c in Malformed(target, sample, random))
            {
                yield return c;
            }

            foreach (var c in WrongTypeCases(target))
            {
                yield return c;
            }

            foreach (var c in OversizeCases(target))
            {
                yield return c;
            }

            foreach (var c in NestingCases(target))
            {
                yield return c;
            }

            foreach (var c in InvalidUtf8BodyCases(target, sample))
            {
                yield return c;
            }
        }
    }

    private static IEnumerable<HostileCase> Malformed(HostileBodyTarget target, byte[] sample, Random random)
    {
        yield return BodyCase(target, MalformedJson, "empty", HostileExpect.Rejected, _ => []);
        for (var cut = 1; cut < sample.Length; cut += TruncationStep)
        {
            var at = cut;
            yield return BodyCase(target, MalformedJson, $"truncated-at-{at}", HostileExpect.Rejected, b => b[..Math.Min(at, b.Length)]);
        }

        // Bytes that are never valid where they land: NUL and control characters, 0xFF, a lead byte without its continuation.
        foreach (var stray in new byte[] { 0x00, 0x01, 0x1F, 0xFF, 0xC3, 0xF5 })
        {
            for (var n = 0; n < 2; n++)
            {
                var at = 1 + random.Next(sample.Length - 2);
                var value = stray;
                yield return BodyCase(target, MalformedJson, $"stray-0x{value:X2}-{n}-at-{at}", target.Signed ? HostileExpect.Rejected : HostileExpect.Handled, b => [.. b[..at], value, .. b[at..]]);
            }
        }

        foreach (var (name, garbage) in new[] { ("garbage", "garbage"), ("brace", "}"), ("nul", "\0"), ("second-object", "{}"), ("comma", " ,"), ("array", "\n[1]") })
        {
            // OData's reader stops at the end of the first value and ignores a trailing comma.
            var expect = name == "comma" && target.OData ? HostileExpect.Handled : HostileExpect.Rejected;
            yield return BodyCase(target, MalformedJson, $"trailing-{name}", expect, b => [.. b, .. Utf8(garbage)]);
        }

        // A second value for the first property: OData's reader refuses it; System.Text.Json keeps the last (noted in the report).
        var strictDuplicates = target.OData && target.Label != "POST odata/$batch";
        yield return BodyCase(target, MalformedJson, "duplicate-first-key", strictDuplicates ? HostileExpect.Rejected : HostileExpect.Handled, b =>
        {
            var text = Encoding.UTF8.GetString(b);
            var first = FirstProperty().Match(text);
            return first.Success ? Utf8(text.Insert(1, first.Value + ",")) : b;
        });
        yield return BodyCase(target, MalformedJson, "duplicate-key-other-type", strictDuplicates ? HostileExpect.Rejected : HostileExpect.Handled, b =>
        {
            var text = Encoding.UTF8.GetString(b);
            var first = FirstProperty().Match(text);
            return first.Success ? Utf8(text.Insert(1, first.Groups["name"].Value + ":[1,2,3],")) : b;
        });

        byte[] bom = [0xEF, 0xBB, 0xBF];
        yield return BodyCase(target, MalformedJson, "bom-utf8", HostileExpect.Handled, b => [.. bom, .. b]);
        yield return BodyCase(target, MalformedJson, "bom-twice", HostileExpect.Rejected, b => [.. bom, .. bom, .. b]);
        yield return BodyCase(target, MalformedJson, "bom-inside", HostileExpect.Rejected, b => [b[0], .. bom, .. b[1..]]);
        var lenient = target.OData ? HostileExpect.Handled : HostileExpect.Rejected;
        yield return BodyCase(target, MalformedJson, "utf16le-with-bom", lenient, b => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(b))]);
        yield return BodyCase(target, MalformedJson, "utf32-bom", HostileExpect.Rejected, b => [0x00, 0x00, 0xFE, 0xFF, .. b]);
        yield return BodyCase(target, MalformedJson, "utf16-declared-charset", HostileExpect.Handled, b => b, contentType: "application/json; charset=utf-16");
        yield return BodyCase(target, MalformedJson, "unknown-charset", HostileExpect.Handled, b => b, contentType: "application/json; charset=x-hostile");
        yield return BodyCase(target, MalformedJson, "no-content-type", HostileExpect.Handled, b => b, contentType: "");
        yield return BodyCase(target, MalformedJson, "text-plain", HostileExpect.Handled, b => b, contentType: "text/plain");
        yield return BodyCase(target, MalformedJson, "form-urlencoded", HostileExpect.Handled, b => b, contentType: "application/x-www-form-urlencoded");
        yield return BodyCase(target, MalformedJson, "single-quotes", lenient, b => Utf8(Encoding.UTF8.GetString(b).Replace('"', '\'')));
        yield return BodyCase(target, MalformedJson, "comment", HostileExpect.Rejected, b => [b[0], .. Utf8("/* c */"), .. b[1..]]);
        yield return BodyCase(target, MalformedJson, "comma-before-close", lenient, b => [.. b[..^1], .. Utf8(",}")]);
        yield return BodyCase(target, MalformedJson, "bare-literal", HostileExpect.Rejected, _ => Utf8("null"));
        yield return BodyCase(target, MalformedJson, "top-level-array", HostileExpect.Rejected, b => [.. Utf8("["), .. b, .. Utf8("]")]);
        yield return BodyCase(target, MalformedJson, "top-level-string", HostileExpect.Rejected, _ => Utf8("\"hostile\""));
    }

    private static IEnumerable<HostileCase> WrongTypeCases(HostileBodyTarget target)
    {
        var sample = JsonNode.Parse(target.Template(Dummy, "00000000"))!.AsObject();
        foreach (var (name, value) in sample)
        {
            var kind = value?.GetValueKind();
            var text = kind == System.Text.Json.JsonValueKind.String ? value!.GetValue<string>() : "";
            IEnumerable<(string Variant, string Raw, HostileExpect Expect)> mutations = kind switch
            {
                System.Text.Json.JsonValueKind.String when Guid.TryParse(text, out _) =>
                    [("not-a-guid", "\"not-a-guid\"", HostileExpect.Rejected), ("guid-bad-digit", "\"00000000-0000-0000-0000-00000000000G\"", HostileExpect.Rejected),
                     ("number", "123", HostileExpect.Rejected), ("empty-guid", "\"00000000-0000-0000-0000-000000000000\"", HostileExpect.Handled)],
                System.Text.Json.JsonValueKind.String when DateLike().IsMatch(text) =>
                    [("year-10000", "\"10000-01-01\"", HostileExpect.Rejected), ("feb-30", "\"2026-02-30\"", HostileExpect.Rejected),
                     ("zero-date", "\"0000-00-00\"", HostileExpect.Rejected), ("month-13", "\"2026-13-01\"", HostileExpect.Rejected),
                     ("date-as-number", "20260101", HostileExpect.Rejected), ("leap-second", "\"9999-12-31T23:59:60Z\"", HostileExpect.Rejected),
                     ("min-plus-14", "\"0001-01-01T00:00:00+14:00\"", HostileExpect.Handled), ("max-minus-14", "\"9999-12-31T23:59:59-14:00\"", HostileExpect.Handled),
                     ("not-a-date", "\"yesterday\"", HostileExpect.Rejected)],
                System.Text.Json.JsonValueKind.String =>
                    [("number", "42", HostileExpect.Rejected), ("boolean", "true", HostileExpect.Rejected), ("array", "[]", HostileExpect.Rejected),
                     ("object", "{\"a\":1}", HostileExpect.Rejected), ("unknown-word", "\"NotAValue\"", HostileExpect.Handled)],
                System.Text.Json.JsonValueKind.Number =>
                    [("string", "\"abc\"", HostileExpect.Rejected), ("nan", "\"NaN\"", HostileExpect.Rejected), ("infinity", "\"Infinity\"", HostileExpect.Rejected),
                     ("minus-infinity", "\"-Infinity\"", HostileExpect.Rejected), ("1e309", "1e309", HostileExpect.Rejected), ("minus-1e309", "-1e309", HostileExpect.Rejected),
                     ("huge-integer", "123456789012345678901234567890123", HostileExpect.Rejected), ("int-max-plus-1", "2147483648", HostileExpect.Handled),
                     ("long-max-plus-1", "9223372036854775808", HostileExpect.Handled), ("array", "[]", HostileExpect.Rejected), ("object", "{}", HostileExpect.Rejected),
                     ("boolean", "true", HostileExpect.Rejected), ("negative", "-1", HostileExpect.Handled), ("tiny", "1e-400", HostileExpect.Handled)],
                System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False =>
                    [("string", "\"true\"", target.OData ? HostileExpect.Handled : HostileExpect.Rejected), ("number", "1", HostileExpect.Rejected), ("word", "\"yes\"", HostileExpect.Rejected)],
                System.Text.Json.JsonValueKind.Object =>
                    [("array", "[]", HostileExpect.Rejected), ("string", "\"x\"", HostileExpect.Rejected), ("number", "1", HostileExpect.Rejected), ("boolean", "true", HostileExpect.Rejected)],
                System.Text.Json.JsonValueKind.Array =>
                    [("object", "{}", HostileExpect.Rejected), ("string", "\"x\"", HostileExpect.Rejected), ("number", "1", HostileExpect.Rejected),
                     ("null-item", "[null]", HostileExpect.Handled), ("nested-arrays", "[[[]]]", HostileExpect.Handled)],
                _ => [],
            };
            foreach (var (variant, raw, expect) in mutations.Append(("null", "null", HostileExpect.Handled)))
            {
                var property = name;
                yield return BodyCase(target, WrongTypes, $"{property}-{variant}", expect, b => Replace(b, property, raw));
            }
        }
    }

    private static IEnumerable<HostileCase> OversizeCases(HostileBodyTarget target)
    {
        var sizes = target.Signed ? new[] { 256 * 1024 + 1, 1024 * 1024, 5 * 1024 * 1024 } : [1024 * 1024, 5 * 1024 * 1024];
        foreach (var size in sizes)
        {
            var bytes = size;
            // The padding is an unknown property: OData refuses it, System.Text.Json skips it (the management API has no body limit of its own).
            yield return BodyCase(target, Oversize, $"string-value-{bytes}-bytes", target.OData || target.Signed ? HostileExpect.Rejected : HostileExpect.Handled, b => Pad(b, bytes));
        }

        if (target.Signed)
        {
            // Right at the limit is still read (and refused or accepted on its content, not its size).
            yield return BodyCase(target, Oversize, "exactly-at-limit", HostileExpect.Handled, b => Pad(b, 256 * 1024));
        }

        var unknownRefused = target.OData || target.Signed ? HostileExpect.Rejected : HostileExpect.Handled;
        yield return BodyCase(target, Oversize, "many-properties", unknownRefused,
            b => [b[0], .. Utf8(string.Join(",", Enumerable.Range(0, 50_000).Select(i => $"\"p{i}\":{i}")) + ","), .. b[1..]]);
        yield return BodyCase(target, Oversize, "long-property-name", unknownRefused,
            b => [b[0], .. Utf8("\"" + new string('p', 512 * 1024) + "\":1,"), .. b[1..]]);
    }

    private static IEnumerable<HostileCase> NestingCases(HostileBodyTarget target)
    {
        const int depth = 10_000;
        yield return BodyCase(target, DeepNesting, "arrays-10000", HostileExpect.Rejected, _ => Utf8(new string('[', depth) + new string(']', depth)));
        yield return BodyCase(target, DeepNesting, "objects-10000", HostileExpect.Rejected,
            _ => Utf8(string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)));
        yield return BodyCase(target, DeepNesting, "unclosed-arrays-10000", HostileExpect.Rejected, _ => Utf8(new string('[', depth)));
        var first = JsonNode.Parse(target.Template(Dummy, "00000000"))!.AsObject().First().Key;
        yield return BodyCase(target, DeepNesting, $"{first}-arrays-10000", HostileExpect.Rejected,
            b => Replace(b, first, new string('[', depth) + new string(']', depth)));
        yield return BodyCase(target, DeepNesting, $"{first}-objects-10000", HostileExpect.Rejected,
            b => Replace(b, first, string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)));
        yield return BodyCase(target, DeepNesting, "extra-property-mixed-10000", HostileExpect.Rejected,
            b => [b[0], .. Utf8("\"Extra\":" + string.Concat(Enumerable.Repeat("[{\"a\":", depth / 2)) + "1" + string.Concat(Enumerable.Repeat("}]", depth / 2)) + ","), .. b[1..]]);
    }

    /// <summary>Byte sequences no UTF-8 decoder may accept, placed inside the first string value.</summary>
    internal static IReadOnlyList<(string Name, byte[] Bytes)> InvalidUtf8Sequences { get; } =
    [
        ("overlong-slash", [0xC0, 0xAF]),
        ("overlong-nul", [0xC0, 0x80]),
        ("encoded-lone-surrogate", [0xED, 0xA0, 0x80]),
        ("byte-ff", [0xFF]),
        ("truncated-euro", [0xE2, 0x82]),
        ("five-byte-form", [0xF8, 0x88, 0x80, 0x80, 0x80]),
        ("lone-continuation", [0x80]),
        ("beyond-u10ffff", [0xF4, 0x90, 0x80, 0x80]),
    ];

    private static IEnumerable<HostileCase> InvalidUtf8BodyCases(HostileBodyTarget target, byte[] sample)
    {
        var at = Array.IndexOf(sample, (byte)'"', Array.IndexOf(sample, (byte)':') + 1) + 1;
        foreach (var (name, bytes) in InvalidUtf8Sequences)
        {
            // OData's reader decodes with replacement characters: not a 5xx, but noted (Handled).
            yield return BodyCase(target, InvalidUtf8, $"body-{name}", target.Signed ? HostileExpect.Rejected : HostileExpect.Handled,
                b => at > 0 ? [.. b[..at], .. bytes, .. b[at..]] : [.. bytes, .. b]);
        }

        yield return BodyCase(target, InvalidUtf8, "body-escaped-lone-surrogate", HostileExpect.Handled,
            b => at > 0 ? [.. b[..at], .. Utf8("\\uD800"), .. b[at..]] : b);
        yield return BodyCase(target, InvalidUtf8, "body-escaped-reversed-surrogates", HostileExpect.Handled,
            b => at > 0 ? [.. b[..at], .. Utf8("\\uDC00\\uD800"), .. b[at..]] : b);
        yield return BodyCase(target, InvalidUtf8, "body-escaped-nul", HostileExpect.Handled,
            b => at > 0 ? [.. b[..at], .. Utf8("\\u0000"), .. b[at..]] : b);
        yield return BodyCase(target, InvalidUtf8, "body-latin1-declared", HostileExpect.Handled,
            b => at > 0 ? [.. b[..at], 0xE9, .. b[at..]] : b, contentType: target.ContentType + "; charset=iso-8859-1");
    }

    private static HostileCase BodyCase(HostileBodyTarget target, string family, string variant, HostileExpect expect, Func<byte[], byte[]> mutate, string? contentType = null)
    {
        var token = Token($"{family}/{target.Label}/{variant}");
        return new HostileCase(family, target.Label, variant, expect, context =>
        {
            var body = mutate(Utf8(target.Template(context, token)));
            return BodyRequest(target, context, body, token, contentType);
        });
    }

    internal static HostileRequest BodyRequest(HostileBodyTarget target, HostileContext context, byte[] body, string token, string? contentType = null)
    {
        IEnumerable<KeyValuePair<string, string>> headers = target.Headers;
        if (target.Signed)
        {
            headers = headers.Concat(HostileSigner.Headers(context.Secret, $"msg_{context.RunId}_{token}", context.Now(), body));
        }

        return new HostileRequest(target.Method, target.Url(context), target.Caller)
        {
            Body = body,
            ContentType = contentType is null ? target.ContentType : contentType.Length == 0 ? null : contentType,
            Headers = [.. headers],
        };
    }

    /// <summary>The body with the top-level property's value replaced by raw JSON text.</summary>
    private static byte[] Replace(byte[] body, string property, string raw)
    {
        var node = JsonNode.Parse(body)!.AsObject();
        var text = new StringBuilder("{");
        foreach (var (name, value) in node)
        {
            if (text.Length > 1)
            {
                text.Append(',');
            }

            text.Append(System.Text.Json.JsonSerializer.Serialize(name)).Append(':').Append(name == property ? raw : value?.ToJsonString() ?? "null");
        }

        return Utf8(text.Append('}').ToString());
    }

    /// <summary>The body grown to <paramref name="size"/> bytes by a long string in an extra property (or in data, for a CloudEvent).</summary>
    private static byte[] Pad(byte[] body, int size)
    {
        var text = Encoding.UTF8.GetString(body);
        var marker = text.Contains("\"data\":{", StringComparison.Ordinal) ? "\"data\":{" : "{";
        var at = text.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        var filler = "\"Padding\":\"\",";
        var padding = Math.Max(0, size - body.Length - filler.Length);
        return Utf8(text.Insert(at, "\"Padding\":\"" + new string('x', padding) + "\","));
    }

    [GeneratedRegex("^\\{(?<name>\"[^\"]+\"):(\"[^\"]*\"|[^,{}\\[\\]]+)")]
    private static partial Regex FirstProperty();

    [GeneratedRegex("^\\d{4}-\\d{2}-\\d{2}")]
    private static partial Regex DateLike();
}
