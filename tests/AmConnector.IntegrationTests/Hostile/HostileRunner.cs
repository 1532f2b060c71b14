using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace AmConnector.IntegrationTests.Hostile;

/// <summary>
/// Sends hostile cases and judges the answers: never a 5xx; every refusal a problem detail (RFC 9457),
/// or an OData error on /odata, or an OAuth error at the token endpoint; no row count moved by a
/// refused write; a replay answered 200 with the first answer. Used in-process by the xunit subset and
/// over HTTP by the harness; the caller supplies the clients (real tokens) and, when it can, the row counts.
/// </summary>
public sealed class HostileRunner(Func<HostileCaller, HttpClient> clients, Func<CancellationToken, Task<IReadOnlyDictionary<string, long>>>? rowCounts)
{
    private static readonly string[] ReadSets = ["Suppliers", "Materials", "Lots", "Certificates", "RiskAssessments", "Qualifications", "ChangeNotices"];

    /// <summary>Finds existing keys, issues the supplier's webhook secret and registers an endpoint to PUT to.</summary>
    public async Task<HostileContext> PrepareAsync(CancellationToken cancellationToken = default)
    {
        var keys = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var set in ReadSets)
        {
            // Not the supplier whose receiver the cases use: a hostile PATCH must not suspend it.
            var filter = set == "Suppliers" ? "&$filter=Code%20ne%20%27NWB%27" : "";
            using var response = await clients(HostileCaller.Writer).GetAsync(new Uri($"/odata/{set}?$top=1&$select=Id{filter}", UriKind.Relative), cancellationToken);
            var feed = await ReadJsonAsync(response, $"GET /odata/{set}", cancellationToken);
            keys[set] = feed.GetProperty("value")[0].GetProperty("Id").GetGuid();
        }

        using (var response = await clients(HostileCaller.WebhooksManager).PostAsync(new Uri("/api/webhooks/endpoints", UriKind.Relative),
            new StringContent("""{"url":"https://203.0.113.10/hooks/hostile","description":"hostile-input target","eventTypes":["am.lot.status-changed"],"supplierCodes":[],"catalogueNumbers":[]}""",
                Encoding.UTF8, "application/json"), cancellationToken))
        {
            // An address the guard refuses leaves a key that does not exist: the PUT cases then end in 404 after the body is read.
            keys["WebhookEndpoints"] = response.IsSuccessStatusCode
                ? (await ReadJsonAsync(response, "POST /api/webhooks/endpoints", cancellationToken)).GetProperty("endpoint").GetProperty("id").GetGuid()
                : Guid.NewGuid();
        }

        using var secret = await clients(HostileCaller.ClientsManager).PostAsync(new Uri($"/api/suppliers/{HostileContext.SupplierCode}/webhook-secrets", UriKind.Relative), null, cancellationToken);
        return new HostileContext
        {
            Secret = (await ReadJsonAsync(secret, "POST webhook-secrets", cancellationToken)).GetProperty("secret").GetString()!,
            RunId = Guid.NewGuid().ToString("N")[..8],
            Keys = keys,
        };
    }

    public async Task<HostileOutcome> RunAsync(HostileCase hostile, HostileContext context, CancellationToken cancellationToken = default)
    {
        var request = hostile.Build(context);
        var before = request.IsWrite && rowCounts is not null ? await rowCounts(cancellationToken) : null;
        var (status, answer, failures, transport, body) = await SendAsync(request, cancellationToken);
        var rowViolation = false;

        if (hostile.Expect == HostileExpect.Replay)
        {
            var afterFirst = rowCounts is not null ? await rowCounts(cancellationToken) : null;
            var again = await SendAsync((hostile.Repeat ?? hostile.Build)(context), cancellationToken);
            if (status is < 200 or > 299)
            {
                failures.Add($"the first delivery was not accepted ({status})");
            }

            if (again.Status != 200)
            {
                failures.Add($"the repeat got {again.Status}, not 200");
            }
            else if (again.Body != body)
            {
                failures.Add("the repeat's answer differs from the first answer");
            }

            failures.AddRange(again.Failures);
            if (afterFirst is not null && HostileRowCounts.Differences(afterFirst, await rowCounts!(cancellationToken)) is { Count: > 0 } moved)
            {
                rowViolation = true;
                failures.Add("the repeat changed rows: " + string.Join(", ", moved));
            }

            return new HostileOutcome(hostile, again.Status, $"{answer} then {again.Answer}", failures) { RowViolation = rowViolation };
        }

        if (hostile.Expect == HostileExpect.Rejected && status is >= 200 and <= 299)
        {
            failures.Add($"accepted ({status}) although it must be refused");
        }

        if (before is not null && status is not (>= 200 and <= 299) && !transport &&
            HostileRowCounts.Differences(before, await rowCounts!(cancellationToken)) is { Count: > 0 } changed)
        {
            rowViolation = true;
            failures.Add("a refused write changed rows: " + string.Join(", ", changed));
        }

        return new HostileOutcome(hostile, status, answer, failures) { TransportRejection = transport, RowViolation = rowViolation };
    }

    private async Task<(int Status, string Answer, List<string> Failures, bool Transport, string Body)> SendAsync(HostileRequest request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            using var message = request.ToMessage();
            response = await clients(request.Caller).SendAsync(message, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            // Over real HTTP, Kestrel may close the connection on a request it refuses before reading it.
            return (0, "connection closed: " + exception.Message, [], true, "");
        }
        catch (Exception exception) when (exception.StackTrace?.Contains("PathString.FromUriComponent", StringComparison.Ordinal) == true)
        {
            // In-process only: TestServer decodes the path itself and cannot carry a NUL or invalid UTF-8 in it; Kestrel can (the harness).
            return (0, "not sendable in-process", [], true, "");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // In-process, an exception that escaped every middleware reaches the client; Kestrel would answer 500 without a body.
            return (500, "exception", [$"unhandled {exception.GetType().Name} escaped the pipeline (a bare 500 over HTTP): {Shorten(exception.Message)}"], false, "");
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            var failures = new List<string>();
            if (status >= 500)
            {
                failures.Add($"server error {status}: {Shorten(body)}");
            }

            var transport = false;
            string answer;
            if (status is >= 200 and <= 299)
            {
                answer = "served";
                if (request.Url.StartsWith("/odata/$batch", StringComparison.Ordinal) && InnerServerErrors(body) is { } inner)
                {
                    failures.Add("a $batch operation got " + inner);
                }
            }
            else if (IsProblem(mediaType, body, status))
            {
                answer = "problem";
            }
            else if (request.Url.StartsWith("/odata", StringComparison.Ordinal) && IsODataError(mediaType, body))
            {
                answer = "odata-error";
            }
            else if (request.Url.StartsWith("/connect/token", StringComparison.Ordinal) && IsOAuthError(mediaType, body))
            {
                answer = "oauth-error";
            }
            else if (body.Length == 0 && response.Headers.ConnectionClose == true && status is 400 or 413 or 414 or 431)
            {
                // Kestrel's own refusals (request line, header size, malformed framing) come before any middleware.
                answer = "transport";
                transport = true;
            }
            else
            {
                answer = "non-problem";
                failures.Add($"{status} without a problem detail ({(mediaType.Length == 0 ? "no content type" : mediaType)}): {Shorten(body)}");
            }

            return (status, answer, failures, transport, body);
        }
    }

    private static bool IsProblem(string mediaType, string body, int status)
    {
        if (!mediaType.Equals("application/problem+json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object &&
                (!root.TryGetProperty("status", out var said) || (said.ValueKind == JsonValueKind.Number && said.GetInt32() == status)) &&
                (root.TryGetProperty("title", out _) || root.TryGetProperty("type", out _) || root.TryGetProperty("detail", out _));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsODataError(string mediaType, string body)
    {
        if (!mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object &&
                document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object &&
                error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String &&
                error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsOAuthError(string mediaType, string body)
    {
        if (!mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object &&
                document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>A 5xx among a JSON $batch's answers, or in a multipart one's status lines; null when none.</summary>
    private static string? InnerServerErrors(string body)
    {
        if (body.StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.TryGetProperty("responses", out var responses) && responses.ValueKind == JsonValueKind.Array)
                {
                    foreach (var response in responses.EnumerateArray())
                    {
                        if (response.TryGetProperty("status", out var status) && status.GetInt32() >= 500)
                        {
                            return $"{status.GetInt32()}: {Shorten(response.ToString())}";
                        }
                    }
                }
            }
            catch (JsonException)
            {
                return "an answer that is not JSON";
            }

            return null;
        }

        var at = body.IndexOf("HTTP/1.1 5", StringComparison.Ordinal);
        return at < 0 ? null : Shorten(body[at..]);
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Preparing the hostile cases: {what} answered {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary>An HttpClient handler setting for runners over real HTTP: headers go out as Latin-1, so each char is one raw byte.</summary>
    public static Encoding HeaderEncoding(string name, HttpRequestMessage request) => Encoding.Latin1;

    /// <summary>The bearer header for a token.</summary>
    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
