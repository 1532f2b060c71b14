using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AmConnector.Webhooks.Inbound;
using StandardWebhooks;

namespace AmConnector.Benchmarks.Chaos;

/// <summary>
/// Suppliers' publishers as a real one behaves: each event has its own webhook-id and CloudEvent id,
/// and a send that fails (connection refused or reset, timeout, 5xx) is retried with the SAME ids
/// and body, re-signed with a fresh timestamp, until a 2xx or a refusal (4xx) or the deadline.
/// </summary>
internal sealed class SupplierSender(Uri server, string supplierCode, string secret)
{
    private static readonly string[] AffectedCatalogue = ["NB-FBS-500"];
    private readonly StandardWebhook signer = new(secret);

    public sealed record Event(int Number, string WebhookId, string CloudEventId, string SupplierReference, string Body)
    {
        public int Attempts { get; set; }

        public int? FinalStatus { get; set; }

        public string? Refusal { get; set; }
    }

    public int Completed => completed;

    private int completed;

    public static List<Event> Events(string run, int count) => Enumerable.Range(1, count).Select(n =>
    {
        var cloudEventId = Guid.NewGuid().ToString();
        var reference = $"CHAOS-{run}-{n:0000}";
        return new Event(n, $"msg_chaos_{run}_{n:0000}", cloudEventId, reference, Notice(cloudEventId, reference));
    }).ToList();

    /// <summary>Sends every event with <paramref name="senders"/> concurrent publishers; returns when each has an answer or the deadline passed.</summary>
    public async Task SendAllAsync(IReadOnlyList<Event> events, int senders, TimeSpan deadline)
    {
        var queue = new ConcurrentQueue<Event>(events);
        using var stop = new CancellationTokenSource(deadline);
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30), ConnectTimeout = TimeSpan.FromSeconds(2) })
        {
            Timeout = TimeSpan.FromSeconds(15),
        };
        await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
        {
            while (!stop.IsCancellationRequested && queue.TryDequeue(out var next))
            {
                await SendAsync(http, next, stop.Token);
                Interlocked.Increment(ref completed);
            }
        }));
    }

    private async Task SendAsync(HttpClient http, Event item, CancellationToken stop)
    {
        var uri = new Uri(server, $"/webhooks/suppliers/{supplierCode}/events");
        while (!stop.IsCancellationRequested)
        {
            item.Attempts++;
            try
            {
                var now = DateTimeOffset.UtcNow;
                using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(item.Body, Encoding.UTF8, "application/cloudevents+json") };
                request.Headers.Add("webhook-id", item.WebhookId);
                request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
                request.Headers.Add("webhook-signature", signer.Sign(item.WebhookId, now, item.Body));
                using var response = await http.SendAsync(request, stop);
                var status = (int)response.StatusCode;
                if (status is >= 200 and < 300)
                {
                    item.FinalStatus = status;
                    return;
                }

                if (status is >= 400 and < 500 and not 408 and not 429)
                {
                    item.FinalStatus = status;
                    item.Refusal = await response.Content.ReadAsStringAsync(stop);
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                // The server is down or was killed mid-request: the answer is unknown, so send the same
                // event again (past the deadline the loop ends and the event counts as unanswered).
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }
    }

    private static string Notice(string cloudEventId, string reference) => JsonSerializer.Serialize(new
    {
        specversion = "1.0",
        id = cloudEventId,
        source = "urn:supplier:NWB:publisher",
        type = InboundEventTypes.ChangeNoticePublished,
        time = DateTimeOffset.UtcNow,
        datacontenttype = "application/json",
        data = new
        {
            supplierReference = reference,
            version = 1,
            area = "Process",
            level = "Level1",
            title = "Crash harness: filter supplier change",
            description = "Sterile filter of the final fill changes supplier; same pore size and membrane.",
            rationale = "Supply continuity.",
            affectedCatalogueNumbers = AffectedCatalogue,
            plannedImplementationOn = "2027-09-01",
            contact = new { name = "Crash Harness", email = "chaos@northwind-bio.example" },
        },
    });
}
