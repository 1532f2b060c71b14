using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.Client.Receiving;

/// <summary>Receiving AmConnector's webhooks in a minimal API host, in one line.</summary>
public static class AmConnectorWebhookEndpointRouteBuilderExtensions
{
    /// <summary>The largest body accepted; AmConnector's events are a few KiB.</summary>
    private const int MaxBodyBytes = 1024 * 1024;

    /// <summary>
    /// <c>POST {pattern}</c>: verifies each request with <paramref name="secrets"/> (401 when it does not
    /// verify), hands the event to <paramref name="handler"/>, and answers 204. An exception in the handler
    /// answers 500, so AmConnector retries later. Deliveries may repeat: <see cref="AmConnectorEvent.WebhookId"/> names one.
    /// </summary>
    public static RouteHandlerBuilder MapAmConnectorWebhooks(
        this IEndpointRouteBuilder endpoints, string pattern, IEnumerable<string> secrets, Func<AmConnectorEvent, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(handler);
        var keys = secrets.ToList();
        var defaultReceiver = new AmConnectorWebhookReceiver(keys);
        return endpoints.MapPost(pattern, async (HttpContext http) =>
        {
            if (http.Request.ContentLength > MaxBodyBytes)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            // A chunked body has no Content-Length: the server stops reading it at the same limit.
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxBodyBytes;
            }

            // The host's TimeProvider when it registered one (tests use a fake clock).
            var clock = http.RequestServices.GetService<TimeProvider>();
            var receiver = clock is null || clock == TimeProvider.System ? defaultReceiver : new AmConnectorWebhookReceiver(keys, clock);
            var cloudEvent = await receiver.VerifyAsync(http.Request, http.RequestAborted);
            if (cloudEvent is null)
            {
                return Results.Unauthorized();
            }

            await handler(cloudEvent, http.RequestAborted);
            return Results.NoContent();
        }).DisableAntiforgery();
    }

    /// <summary><see cref="MapAmConnectorWebhooks(IEndpointRouteBuilder, string, IEnumerable{string}, Func{AmConnectorEvent, CancellationToken, Task})"/> with one secret.</summary>
    public static RouteHandlerBuilder MapAmConnectorWebhooks(
        this IEndpointRouteBuilder endpoints, string pattern, string secret, Func<AmConnectorEvent, CancellationToken, Task> handler) =>
        endpoints.MapAmConnectorWebhooks(pattern, [secret], handler);

    /// <summary>With a synchronous handler, e.g. <c>e => logger.LogInformation("{Type}", e.Type)</c>.</summary>
    public static RouteHandlerBuilder MapAmConnectorWebhooks(this IEndpointRouteBuilder endpoints, string pattern, string secret, Action<AmConnectorEvent> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return endpoints.MapAmConnectorWebhooks(pattern, [secret], (e, _) =>
        {
            handler(e);
            return Task.CompletedTask;
        });
    }
}
