using System.Text.Json;

namespace AmConnector.Webhooks.Inbound;

/// <summary>The CloudEvents 1.0 attributes of a structured-mode JSON event, and its <c>data</c>.</summary>
internal sealed record CloudEventEnvelope(string Id, string Type, string Source, string? Subject, DateTimeOffset? Time, JsonElement Data)
{
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

        if (Text("datacontenttype", required: false) is { } contentType && !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(("/datacontenttype", $"'{contentType}' is not supported; data must be application/json."));
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            errors.Add(("/data", "is required and must be a JSON object."));
        }

        return errors.Count > 0 ? (null, errors) : (new CloudEventEnvelope(id!, type!, source!, subject, time, data.Clone()), errors);
    }
}
