using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AmConnector.Signatures;

/// <summary>
/// The canonical text a signature's hash covers: a JSON object with a fixed key order —
/// <c>format</c>, <c>entityType</c>, <c>entityKey</c>, <c>action</c>, <c>meaning</c>, then
/// <c>fields</c>, the record's GMP fields in the order <see cref="SignedFields"/> lists them, each
/// as invariant text or null. Times the action stamps from the clock and the signer's own words
/// (the status reason) are not fields: each signature carries its reason, and two people signing
/// the same decision a minute apart sign the same content. Changing the form is a new format version.
/// </summary>
internal static class SignedContent
{
    public const string Format = "amconnector-signature/1";

    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(string entityType, Guid entityKey, string action, SignatureMeaning meaning, IEnumerable<KeyValuePair<string, object?>> fields)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Writer))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("entityType", entityType);
            json.WriteString("entityKey", entityKey.ToString("D"));
            json.WriteString("action", action);
            json.WriteString("meaning", meaning.ToString());
            json.WriteStartObject("fields");
            foreach (var (name, value) in fields)
            {
                if (Text(value) is { } text)
                {
                    json.WriteString(name, text);
                }
                else
                {
                    json.WriteNull(name);
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string HashOf(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    /// <summary>Invariant text: ISO dates, UTC instants, enum names, decimals without trailing zeros (SQLite stores them as REAL).</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        Enum e => e.ToString(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.############################", CultureInfo.InvariantCulture),
        Guid g => g.ToString("D"),
        IEnumerable<string> list => string.Join(",", list),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
