using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace AmConnector.Client.Receiving;

/// <summary>
/// Verifies a webhook from AmConnector (Standard Webhooks: <c>webhook-id</c>, <c>webhook-timestamp</c>,
/// <c>webhook-signature</c>) and parses it into an <see cref="AmConnectorEvent"/>.
/// <para>
/// Unlike StandardWebhooks 1.1.2's <c>Verify</c>, which reads only the first signature, any <c>v1</c>
/// signature of the header is accepted: during a secret rotation AmConnector signs with the old and
/// the new secret, and a receiver that knows either must accept. Signatures are compared in constant
/// time, and the timestamp must lie within <see cref="Tolerance"/> of the clock (replays are refused).
/// </para>
/// </summary>
public sealed class AmConnectorWebhookReceiver
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    private const string SecretPrefix = "whsec_";
    private readonly byte[][] _keys;
    private readonly TimeProvider _clock;

    /// <summary>A receiver for one endpoint secret (<c>whsec_…</c>).</summary>
    public AmConnectorWebhookReceiver(string secret, TimeProvider? clock = null)
        : this([secret], clock)
    {
    }

    /// <summary>A receiver that accepts any of <paramref name="secrets"/>, e.g. the old and the new one while the receiver itself switches.</summary>
    public AmConnectorWebhookReceiver(IEnumerable<string> secrets, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        _keys = [.. secrets.Select(Key)];
        if (_keys.Length == 0)
        {
            throw new ArgumentException("At least one webhook secret is needed.", nameof(secrets));
        }

        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>How far the timestamp may be from the clock, either way.</summary>
    public TimeSpan Tolerance { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Verifies the headers against <paramref name="body"/> (exactly as received) and parses the CloudEvent.</summary>
    public bool TryVerify(string? webhookId, string? timestamp, string? signature, string body, out AmConnectorEvent? cloudEvent)
    {
        ArgumentNullException.ThrowIfNull(body);
        return TryVerify(webhookId, timestamp, signature, Encoding.UTF8.GetBytes(body), out cloudEvent);
    }

    /// <summary>Verifies the headers against the body bytes and parses the CloudEvent.</summary>
    public bool TryVerify(string? webhookId, string? timestamp, string? signature, ReadOnlySpan<byte> body, out AmConnectorEvent? cloudEvent)
    {
        cloudEvent = null;
        if (string.IsNullOrEmpty(webhookId) || string.IsNullOrEmpty(signature) || !FreshTimestamp(timestamp))
        {
            return false;
        }

        if (!SignatureMatches(webhookId, timestamp!, signature, body))
        {
            return false;
        }

        cloudEvent = Parse(webhookId, body);
        return cloudEvent is not null;
    }

    /// <summary>Reads and verifies an ASP.NET Core request; the body is buffered so the host may read it again.</summary>
    public async Task<AmConnectorEvent?> VerifyAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        request.Body.Position = 0;
        return TryVerify(request.Headers[IdHeader], request.Headers[TimestampHeader], request.Headers[SignatureHeader], buffer.ToArray(), out var cloudEvent)
            ? cloudEvent
            : null;
    }

    private bool FreshTimestamp(string? timestamp)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var now = _clock.GetUtcNow().ToUnixTimeSeconds();
        return Math.Abs(now - seconds) <= (long)Tolerance.TotalSeconds;
    }

    private bool SignatureMatches(string webhookId, string timestamp, string header, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{webhookId}.{timestamp}.");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        var expected = _keys.Select(key => HMACSHA256.HashData(key, signed)).ToList();
        var matched = false;
        foreach (var part in header.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = part.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0 || !part.AsSpan(0, comma).SequenceEqual("v1"))
            {
                continue;
            }

            var given = new byte[32];
            if (!Convert.TryFromBase64String(part[(comma + 1)..], given, out var written) || written != given.Length)
            {
                continue;
            }

            foreach (var mac in expected)
            {
                // Every candidate is compared in full; no early exit reveals which secret or byte matched.
                matched |= CryptographicOperations.FixedTimeEquals(mac, given);
            }
        }

        return matched;
    }

    /// <summary>A CloudEvent 1.0 in structured JSON mode, or null when the body is not one.</summary>
    private static AmConnectorEvent? Parse(string webhookId, ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "specversion") != "1.0"
                || Text(root, "id") is not { } id || Text(root, "source") is not { } source || Text(root, "type") is not { } type)
            {
                return null;
            }

            var data = root.TryGetProperty("data", out var d) ? d.Clone() : default;
            DateTimeOffset? time = Text(root, "time") is { } t && DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : null;
            return new AmConnectorEvent(id, source, type, Text(root, "subject"), time, Text(root, "correlationid"), webhookId,
                data.ValueKind == JsonValueKind.Undefined ? data : EventDataParser.Parse(type, data), data);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[] Key(string secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        var encoded = secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret;
        return Convert.FromBase64String(encoded);
    }
}
