using AmConnector.Data;
using AmConnector.Outbox;
using AmConnector.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// <c>/api/webhooks/endpoints</c>: register, change, rotate, disable, enable, test and replay
/// endpoints. A supplier's caller works on its own endpoints only (the row scope hides the rest).
/// </summary>
internal static class WebhookEndpointsApi
{
    public static RouteGroupBuilder MapWebhookEndpoints(this IEndpointRouteBuilder endpoints, string route)
    {
        var group = endpoints.MapGroup(route).RequireAuthorization(WebhookAccessRequirement.Policy).WithTags("Webhooks");
        group.MapPost("", CreateAsync);
        group.MapGet("", ListAsync);
        group.MapGet("{id:guid}", GetAsync);
        group.MapPut("{id:guid}", UpdateAsync);
        group.MapPost("{id:guid}/rotate-secret", RotateSecretAsync);
        group.MapPost("{id:guid}/disable", DisableAsync);
        group.MapPost("{id:guid}/enable", EnableAsync);
        group.MapPost("{id:guid}/test", SendTestAsync);
        group.MapPost("{id:guid}/replay", ReplayAsync);
        return group;
    }

    private static async Task<Results<Created<CreatedWebhookEndpoint>, ValidationProblem>> CreateAsync(
        WebhookEndpointRequest? request, AmConnectorDbContext db, WebhookEndpointValidator validator, WebhookSecretProtector protector,
        HttpContext http, IOptions<AmConnectorOptions> options)
    {
        var caller = Caller.From(http.User, options.Value.Auth);
        var errors = await validator.ValidateAsync(request, caller, http.RequestAborted);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The webhook endpoint was not registered.");
        }

        var secret = WebhookSecretProtector.NewSecret();
        var endpoint = new WebhookEndpoint
        {
            ProtectedSecret = protector.Protect(secret),
            OwnerSupplierCode = caller.IsSupplier ? caller.SupplierCode : null,
            CreatedBy = caller.ClientId ?? "",
        };
        Apply(endpoint, request!, caller);
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.Created($"{http.Request.PathBase}{http.Request.Path}/{endpoint.Id}", new CreatedWebhookEndpoint(WebhookEndpointView.Of(endpoint), secret));
    }

    private static async Task<Ok<List<WebhookEndpointView>>> ListAsync(AmConnectorDbContext db, CancellationToken cancellationToken)
    {
        var endpoints = await db.WebhookEndpoints.AsNoTracking().OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(endpoints.Select(WebhookEndpointView.Of).ToList());
    }

    private static async Task<Results<Ok<WebhookEndpointView>, ProblemHttpResult>> GetAsync(Guid id, AmConnectorDbContext db, CancellationToken cancellationToken) =>
        await db.WebhookEndpoints.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken) is { } endpoint
            ? TypedResults.Ok(WebhookEndpointView.Of(endpoint))
            : NotFound(id);

    private static async Task<Results<Ok<WebhookEndpointView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, WebhookEndpointRequest? request, AmConnectorDbContext db, WebhookEndpointValidator validator, HttpContext http, IOptions<AmConnectorOptions> options)
    {
        var endpoint = await db.WebhookEndpoints.FirstOrDefaultAsync(e => e.Id == id, http.RequestAborted);
        if (endpoint is null)
        {
            return NotFound(id);
        }

        var caller = Caller.From(http.User, options.Value.Auth);
        var errors = await validator.ValidateAsync(request, caller, http.RequestAborted);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The webhook endpoint was not changed.");
        }

        Apply(endpoint, request!, caller);
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.Ok(WebhookEndpointView.Of(endpoint));
    }

    /// <summary>A new secret; the old one keeps signing beside it for the configured overlap, so receivers can switch without losing events.</summary>
    private static async Task<Results<Ok<RotatedWebhookSecret>, ProblemHttpResult>> RotateSecretAsync(
        Guid id, AmConnectorDbContext db, WebhookSecretProtector protector, TimeProvider clock, IOptionsMonitor<WebhookOptions> options, CancellationToken cancellationToken)
    {
        var endpoint = await db.WebhookEndpoints.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (endpoint is null)
        {
            return NotFound(id);
        }

        var overlap = options.CurrentValue.SecretOverlap;
        var secret = WebhookSecretProtector.NewSecret();
        endpoint.PreviousProtectedSecret = overlap > TimeSpan.Zero ? endpoint.ProtectedSecret : null;
        endpoint.PreviousSecretExpiresAt = overlap > TimeSpan.Zero ? clock.GetUtcNow() + overlap : null;
        endpoint.ProtectedSecret = protector.Protect(secret);
        db.Audit.Reason = "Webhook secret rotated.";
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new RotatedWebhookSecret(endpoint.Id, secret, endpoint.PreviousSecretExpiresAt));
    }

    private static async Task<Results<Ok<WebhookEndpointView>, ProblemHttpResult>> DisableAsync(
        Guid id, AmConnectorDbContext db, TimeProvider clock, HttpContext http, IOptions<AmConnectorOptions> options)
    {
        var endpoint = await db.WebhookEndpoints.FirstOrDefaultAsync(e => e.Id == id, http.RequestAborted);
        if (endpoint is null)
        {
            return NotFound(id);
        }

        if (endpoint.Enabled)
        {
            endpoint.Enabled = false;
            endpoint.DisabledAt = clock.GetUtcNow();
            endpoint.DisabledReason = $"Disabled by {Caller.From(http.User, options.Value.Auth).ClientId}.";
            await db.SaveChangesAsync(http.RequestAborted);
        }

        return TypedResults.Ok(WebhookEndpointView.Of(endpoint));
    }

    /// <summary>Enabling sends new events again; what failed meanwhile is sent by a replay.</summary>
    private static async Task<Results<Ok<WebhookEndpointView>, ProblemHttpResult>> EnableAsync(Guid id, AmConnectorDbContext db, CancellationToken cancellationToken)
    {
        var endpoint = await db.WebhookEndpoints.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (endpoint is null)
        {
            return NotFound(id);
        }

        if (!endpoint.Enabled)
        {
            endpoint.Enabled = true;
            endpoint.DisabledAt = null;
            endpoint.DisabledReason = null;
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(WebhookEndpointView.Of(endpoint));
    }

    /// <summary>Queues an <c>am.webhook.test</c> event for this endpoint only; the dispatcher sends it like any other.</summary>
    private static async Task<Results<Accepted<TestEventAccepted>, ProblemHttpResult>> SendTestAsync(
        Guid id, AmConnectorDbContext db, OutboxWriter outbox, TimeProvider clock, HttpContext http, IOptions<AmConnectorOptions> options)
    {
        var endpoint = await db.WebhookEndpoints.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, http.RequestAborted);
        if (endpoint is null)
        {
            return NotFound(id);
        }

        if (!endpoint.Enabled)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Endpoint disabled", detail: $"Webhook endpoint {id} is disabled; enable it first.");
        }

        var now = clock.GetUtcNow();
        var message = outbox.Add(db, EventTypes.WebhookTest, $"webhooks/endpoints/{endpoint.Id}",
            new { endpointId = endpoint.Id, requestedBy = Caller.From(http.User, options.Value.Auth).ClientId, requestedAt = now },
            endpoint.OwnerSupplierCode);
        // Addressed to this endpoint alone: the fan-out never sees it.
        message.FannedOutAt = now;
        var delivery = WebhookFanOut.NewDelivery(message, endpoint, now);
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.Accepted($"{http.Request.PathBase}/{DeliveriesRoute(http)}/{message.Id}", new TestEventAccepted(message.Id, delivery.Id));
    }

    /// <summary>Every failed delivery of this endpoint whose event occurred at or after <c>since</c> becomes pending again.</summary>
    private static async Task<Results<Ok<ReplayResult>, ValidationProblem, ProblemHttpResult>> ReplayAsync(
        Guid id, string? since, AmConnectorDbContext db, TimeProvider clock, OutboxSignal signal, CancellationToken cancellationToken)
    {
        if (!DeliveryQuery.TryParseInstant(since, out var from) || from is null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["since"] = ["is required: an ISO 8601 instant, e.g. 2026-11-01T00:00:00Z."] },
                title: "Nothing was replayed.");
        }

        var endpoint = await db.WebhookEndpoints.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (endpoint is null)
        {
            return NotFound(id);
        }

        if (!endpoint.Enabled)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Endpoint disabled", detail: $"Webhook endpoint {id} is disabled; enable it before replaying.");
        }

        var ids = await db.WebhookDeliveries
            .Where(d => d.EndpointId == id && d.Status == DeliveryStatus.Failed && d.OccurredAt >= from)
            .Select(d => d.Id).ToListAsync(cancellationToken);
        var replayed = await DeliveryReplay.ResetAsync(db, ids, clock.GetUtcNow(), cancellationToken);
        signal.Notify();
        return TypedResults.Ok(new ReplayResult(replayed, ids));
    }

    private static void Apply(WebhookEndpoint endpoint, WebhookEndpointRequest request, Caller caller)
    {
        endpoint.Url = request.Url!.Trim();
        endpoint.Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim();
        endpoint.EventTypes = [.. (request.EventTypes ?? []).Distinct(StringComparer.Ordinal)];
        // A supplier's endpoint is about its own notices by definition; its owner is the filter.
        endpoint.SupplierCodes = caller.IsSupplier ? [] : [.. (request.SupplierCodes ?? []).Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
        endpoint.CatalogueNumbers = [.. (request.CatalogueNumbers ?? []).Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static string DeliveriesRoute(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<AmConnectorOptions>>().Value.Route("api/webhooks/deliveries");

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No webhook endpoint has the id {id}.");
}
