using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using AmConnector.Outbox;
using Microsoft.Extensions.Options;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// Sends one message to one endpoint: the CloudEvent body, the Standard Webhooks headers, one
/// attempt within the timeout. Redirects are not followed (a 3xx is a failure: following it would
/// reach a host the guard never checked); the connection goes through <see cref="GuardedConnection"/>.
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, WebhookSecretProtector protector, WebhookAddressGuard guard, TimeProvider clock, IOptionsMonitor<WebhookOptions> options)
{
    public const string HttpClientName = "AmConnector.Webhooks";

    public async Task<SendOutcome> SendAsync(WebhookEndpoint endpoint, OutboxMessage message, Guid deliveryId, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var started = Stopwatch.GetTimestamp();
        var uri = new Uri(endpoint.Url);
        if (uri.Scheme == Uri.UriSchemeHttp && !guard.AllowList.ListsHost(uri.IdnHost))
        {
            return Failure("Plain http is allowed only for hosts in AmConnector:Webhooks:AllowedPrivateHosts.", started);
        }

        var body = CloudEventBody.Serialize(message, settings.Source);
        var webhookId = deliveryId.ToString("D");
        var timestamp = clock.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new StringContent(body, Encoding.UTF8, CloudEventBody.MediaType),
        };
        request.Headers.Add("webhook-id", webhookId);
        request.Headers.Add("webhook-timestamp", timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSigner.Sign(SecretsInUse(endpoint, timestamp), webhookId, timestamp, body));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("AmConnector-Webhooks", "1.0"));

        // The timeout runs on the injected clock, like every other wait of the dispatcher.
        using var timeout = new CancellationTokenSource(settings.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var text = await ReadStartAsync(response, linked.Token);
            var status = (int)response.StatusCode;
            var ok = status is >= 200 and < 300;
            var error = ok ? null
                : status is >= 300 and < 400 ? $"Redirect {status} to {response.Headers.Location} not followed: a receiver must answer at its registered URL."
                : null;
            return new SendOutcome(ok, status, text, error, Elapsed(started), status is 429 or 503 ? RetryAfter(response) : null);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Failure($"No answer within {settings.Timeout.TotalSeconds:0.###} s.", started);
        }
        catch (HttpRequestException ex)
        {
            var refused = FindRefusal(ex);
            return Failure(refused?.Message ?? $"Connection failed: {ex.Message}", started);
        }
        catch (WebhookAddressRefusedException ex)
        {
            return Failure(ex.Message, started);
        }
    }

    /// <summary>The current secret, and the previous one while its overlap lasts.</summary>
    private IEnumerable<string> SecretsInUse(WebhookEndpoint endpoint, DateTimeOffset now)
    {
        yield return protector.Unprotect(endpoint.ProtectedSecret);
        if (endpoint.PreviousProtectedSecret is { } previous && endpoint.PreviousSecretExpiresAt > now)
        {
            yield return protector.Unprotect(previous);
        }
    }

    private static async Task<string?> ReadStartAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[WebhookDeliveryAttempt.MaxResponseBytes];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += chunk;
        }

        if (read == 0)
        {
            return null;
        }

        // A multi-byte character cut at the end becomes U+FFFD; the rest of the body is never read.
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow(),
        _ => null,
    };

    private static WebhookAddressRefusedException? FindRefusal(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is WebhookAddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    private static SendOutcome Failure(string error, long started) => new(false, null, null, error, Elapsed(started), null);

    // Measured on the stopwatch: a receiver's real response time, not a point on the (injectable) schedule clock.
    private static double Elapsed(long started) => Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
