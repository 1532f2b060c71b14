using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using StandardWebhooks;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace AmConnector.IntegrationTests.Webhooks.Outbound;

/// <summary>A WireMock.Net receiver on 127.0.0.1 answering POST /hook as the test says.</summary>
public sealed class Receiver : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public Receiver(int status = 200) => Answer(status);

    public string Url => $"http://127.0.0.1:{_server.Port}/hook";

    public IReadOnlyList<ILogEntry> Requests => [.. _server.LogEntries.Where(e => e.RequestMessage!.Path == "/hook")];

    public Receiver Answer(int status, TimeSpan? delay = null, IDictionary<string, string>? headers = null)
    {
        _server.ResetMappings();
        var response = Response.Create().WithStatusCode(status).WithBody($"answer {status}");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response = response.WithHeader(name, value);
        }

        if (delay is { } wait)
        {
            response = response.WithDelay(wait);
        }

        _server.Given(Request.Create().WithPath("/hook").UsingPost()).RespondWith(response);
        _server.Given(Request.Create().WithPath("/elsewhere").UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200));
        return this;
    }

    public IReadOnlyList<ILogEntry> All => [.. _server.LogEntries];

    public static string Header(ILogEntry entry, string name) =>
        entry.RequestMessage!.Headers!.First(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value is var values ? string.Join(",", values) : "";

    /// <summary>
    /// Verifies a received request as a receiver would, with the official Standard Webhooks package.
    /// StandardWebhooks 1.1.2 compares only the first signature of a header that holds several (the
    /// spec says any), so a receiver on it tries each <c>v1,…</c> signature in turn, as here.
    /// </summary>
    public static void Verify(ILogEntry entry, string secret)
    {
        var headers = new HeaderDictionary();
        foreach (var (name, values) in entry.RequestMessage!.Headers!)
        {
            // WireMock splits header values at commas; a signature ("v1,…") is one value again here.
            headers[name] = new StringValues(string.Join(",", values));
        }

        var failures = new List<Exception>();
        foreach (var signature in headers["webhook-signature"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            headers["webhook-signature"] = signature;
            try
            {
                new StandardWebhook(secret).Verify(entry.RequestMessage!.Body!, headers);
                return;
            }
            catch (StandardWebhooks.Diagnostics.WebhookVerificationException ex)
            {
                failures.Add(ex);
            }
        }

        throw new AggregateException("No signature verifies with this secret.", failures);
    }

    public void Dispose() => _server.Stop();
}
