using System.Text.Json;

namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// The CloudEvents 1.0 attributes of a structured-mode JSON event, and its <c>data</c>. With
/// <c>datacontenttype</c> <c>application/xml</c> (an ASTM E3077 CoA, ADR-014) the XML travels as the
/// JSON string <c>data</c> or as <c>data_base64</c> (CloudEvents JSON format §3.1) and is kept in
/// <see cref="XmlText"/> or <see cref="XmlBytes"/> until it is mapped into <see cref="Data"/>.
/// </summary>
internal sealed record CloudEventEnvelope(string Id, string Type, string Source, string? Subject, DateTimeOffset? Time, JsonElement Data)
{
    /// <summary>The XML of an <c>application/xml</c> event sent as the string <c>data</c>.</summary>
    public string? XmlText { get; init; }

    /// <summary>The XML of an <c>application/xml</c> event sent as <c>data_base64</c>: its own declaration names its encoding.</summary>
    public byte[]? XmlBytes { get; init; }

    public bool IsXml => XmlText is not null || XmlBytes is not null;

    /// <summary>
    /// Reads the envelope, or names every attribute that is missing or malformed. A JSON-level
    /// error (not JSON, not an object) is one error on the body itself.
    /// </summary>
    public static (CloudEventEnvelope? Envelope, List<(string Path, string Message)> Errors) Parse(JsonElement root)
    {
        var errors = new List<(string, string)>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(("", "the body must be a CloudEvent in structured JSON mode (a JSON object)."));
            return (null, errors);
        }

        string? Text(string name, bool required)
        {
            if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    errors.Add(("/" + name, "is required."));
                }

                return null;
            }

            if (value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 and <= 128 } text)
            {
                errors.Add(("/" + name, "must be a non-empty string of at most 128 characters."));
                return null;
            }

            return text;
        }

        var specVersion = Text("specversion", required: true);
        if (specVersion is not null && specVersion != "1.0")
        {
            errors.Add(("/specversion", $"'{specVersion}' is not supported; send CloudEvents 1.0."));
        }

        var id = Text("id", required: true);
        var type = Text("type", required: true);
        var source = Text("source", required: true);
        var subject = Text("subject", required: false);
        DateTimeOffset? time = null;
        if (Text("time", required: false) is { } timeText)
        {
            if (DateTimeOffset.TryParse(timeText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var parsed))
            {
                time = parsed;
            }
            else
            {
                errors.Add(("/time", $"'{timeText}' is not an RFC 3339 timestamp."));
            }
        }

        var contentType = Text("datacontenttype", required: false);
        if (contentType is not null && IsXmlContentType(contentType))
        {
            var (xmlText, xmlBytes) = XmlData(root, errors);
            return errors.Count > 0
                ? (null, errors)
                : (new CloudEventEnvelope(id!, type!, source!, subject, time, default) { XmlText = xmlText, XmlBytes = xmlBytes }, errors);
        }

        if (contentType is not null && !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(("/datacontenttype", $"'{contentType}' is not supported; data must be application/json (or application/xml for an ASTM E3077 CoA)."));
        }

        if (root.TryGetProperty("data_base64", out _))
        {
            errors.Add(("/data_base64", "is only accepted with datacontenttype application/xml; JSON data goes in data."));
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            errors.Add(("/data", "is required and must be a JSON object."));
        }

        return errors.Count > 0 ? (null, errors) : (new CloudEventEnvelope(id!, type!, source!, subject, time, data.Clone()), errors);
    }

    private static bool IsXmlContentType(string contentType) =>
        contentType.StartsWith("application/xml", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("text/xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Exactly one of <c>data</c> (a JSON string) and <c>data_base64</c>; CloudEvents forbids both.</summary>
    private static (string? Text, byte[]? Bytes) XmlData(JsonElement root, List<(string, string)> errors)
    {
        var hasText = root.TryGetProperty("data", out var text) && text.ValueKind != JsonValueKind.Null;
        var hasBase64 = root.TryGetProperty("data_base64", out var base64) && base64.ValueKind != JsonValueKind.Null;
        if (hasText == hasBase64)
        {
            errors.Add((hasText ? "/data_base64" : "/data",
                "an application/xml event carries its XML in exactly one of data (a JSON string) and data_base64."));
            return (null, null);
        }

        if (hasText)
        {
            if (text.ValueKind != JsonValueKind.String || text.GetString() is not { Length: > 0 } xml)
            {
                errors.Add(("/data", "with datacontenttype application/xml, data must be the XML document as a JSON string."));
                return (null, null);
            }

            return (xml, null);
        }

        if (base64.ValueKind == JsonValueKind.String && base64.TryGetBytesFromBase64(out var bytes) && bytes.Length > 0)
        {
            return (null, bytes);
        }

        errors.Add(("/data_base64", "must be the XML document in base64 (RFC 4648)."));
        return (null, null);
    }
}
