using AmConnector.Data;
using AmConnector.Outbox;
using AmConnector.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// <c>/api/webhooks/deliveries</c>: the delivery log (message → deliveries → attempts), newest first,
/// and the replay of one message. A supplier sees only messages delivered to its own endpoints.
/// </summary>
internal static class WebhookDeliveriesApi
{
    public static RouteGroupBuilder MapWebhookDeliveries(this IEndpointRouteBuilder endpoints, string route)
    {
        var group = endpoints.MapGroup(route).RequireAuthorization(WebhookAccessRequirement.Policy).WithTags("Webhooks");
        group.MapGet("", ListAsync);
        group.MapGet("{messageId:guid}", GetAsync);
        group.MapPost("{messageId:guid}/replay", ReplayAsync);
        return group;
    }

    private static async Task<Results<Ok<DeliveryLogPage>, ValidationProblem>> ListAsync(
        string? endpointId, string? status, string? type, string? from, string? to, string? top, string? skip,
        AmConnectorDbContext db, HttpContext http, IOptions<AmConnectorOptions> options)
    {
        var errors = new Dictionary<string, string[]>();
        var query = DeliveryQuery.Parse(endpointId, status, type, from, to, top, skip, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The delivery log query is not valid.");
        }

        var caller = Caller.From(http.User, options.Value.Auth);
        var deliveries = Filter(db.WebhookDeliveries.AsNoTracking(), query);
        var messages = db.OutboxMessages.AsNoTracking().AsQueryable();
        if (query.FiltersDeliveries || caller.IsSupplier)
        {
            // The row scope applies inside the subquery too: a supplier's deliveries only.
            messages = messages.Where(m => deliveries.Any(d => d.MessageId == m.Id));
        }

        if (query.Type is { } eventType)
        {
            messages = messages.Where(m => m.Type == eventType);
        }

        if (query.From is { } fromInstant)
        {
            messages = messages.Where(m => m.OccurredAt >= fromInstant);
        }

        if (query.To is { } toInstant)
        {
            messages = messages.Where(m => m.OccurredAt < toInstant);
        }

        var page = await messages.OrderByDescending(m => m.OccurredAt).ThenByDescending(m => m.Id)
            .Skip(query.Skip).Take(query.Top + 1).ToListAsync(http.RequestAborted);
        var more = page.Count > query.Top;
        if (more)
        {
            page.RemoveAt(page.Count - 1);
        }

        var entries = await EntriesAsync(db, page, deliveries, http.RequestAborted);
        return TypedResults.Ok(new DeliveryLogPage(entries, more ? NextLink(http.Request, query.Skip + query.Top) : null));
    }

    private static async Task<Results<Ok<DeliveryLogEntry>, ProblemHttpResult>> GetAsync(
        Guid messageId, AmConnectorDbContext db, HttpContext http, IOptions<AmConnectorOptions> options)
    {
        var caller = Caller.From(http.User, options.Value.Auth);
        var message = await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == messageId, http.RequestAborted);
        var deliveries = db.WebhookDeliveries.AsNoTracking();
        if (message is null || caller.IsSupplier && !await deliveries.AnyAsync(d => d.MessageId == messageId, http.RequestAborted))
        {
            return NotFound(messageId);
        }

        return TypedResults.Ok((await EntriesAsync(db, [message], deliveries, http.RequestAborted))[0]);
    }

    /// <summary>Sends the message again to every endpoint it went to (optionally one), delivered or not; the receiver gets the same webhook-id.</summary>
    private static async Task<Results<Ok<ReplayResult>, ValidationProblem, ProblemHttpResult>> ReplayAsync(
        Guid messageId, string? endpointId, AmConnectorDbContext db, TimeProvider clock, OutboxSignal signal, CancellationToken cancellationToken)
    {
        Guid? endpoint = null;
        if (!string.IsNullOrEmpty(endpointId))
        {
            if (!Guid.TryParse(endpointId, out var parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["endpointId"] = [$"'{endpointId}' is not a GUID."] }, title: "Nothing was replayed.");
            }

            endpoint = parsed;
        }

        var deliveries = db.WebhookDeliveries.Where(d => d.MessageId == messageId);
        if (endpoint is { } only)
        {
            deliveries = deliveries.Where(d => d.EndpointId == only);
        }

        var enabled = db.WebhookEndpoints.Where(e => e.Enabled).Select(e => e.Id);
        var candidates = await deliveries.Select(d => new { d.Id, Enabled = enabled.Contains(d.EndpointId) }).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return NotFound(messageId);
        }

        var ids = candidates.Where(c => c.Enabled).Select(c => c.Id).ToList();
        var replayed = await DeliveryReplay.ResetAsync(db, ids, clock.GetUtcNow(), cancellationToken);
        signal.Notify();
        return TypedResults.Ok(new ReplayResult(replayed, ids));
    }

    private static IQueryable<WebhookDelivery> Filter(IQueryable<WebhookDelivery> deliveries, DeliveryQuery query)
    {
        if (query.EndpointId is { } endpoint)
        {
            deliveries = deliveries.Where(d => d.EndpointId == endpoint);
        }

        if (query.Status is { } status)
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        return deliveries;
    }

    private static async Task<List<DeliveryLogEntry>> EntriesAsync(
        AmConnectorDbContext db, List<OutboxMessage> messages, IQueryable<WebhookDelivery> deliveries, CancellationToken cancellationToken)
    {
        var ids = messages.Select(m => m.Id).ToList();
        var rows = await deliveries.Where(d => ids.Contains(d.MessageId)).Include(d => d.Attempts)
            .OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).AsSplitQuery().ToListAsync(cancellationToken);
        var byMessage = rows.ToLookup(d => d.MessageId);
        return [.. messages.Select(m => new DeliveryLogEntry(
            m.Id, m.Type, m.Subject, m.SupplierCode, m.CatalogueNumber, m.OccurredAt, m.FannedOutAt,
            [.. byMessage[m.Id].Select(d => new DeliveryLogDelivery(
                d.Id, d.EndpointId, d.Status, d.AttemptCount, d.NextAttemptAt, d.DeliveredAt, d.LastStatusCode, d.LastError,
                [.. d.Attempts.OrderBy(a => a.Number).Select(a => new DeliveryLogAttempt(a.Number, a.StartedAt, a.DurationMs, a.StatusCode, a.Succeeded, a.Error, a.Response))]))]))];
    }

    private static string NextLink(HttpRequest request, int skip)
    {
        var parameters = QueryHelpers.ParseQuery(request.QueryString.Value);
        parameters["skip"] = skip.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var query = QueryString.Create(parameters.Select(p => new KeyValuePair<string, StringValues>(p.Key, p.Value)));
        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, query);
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No delivered or pending message has the id {id}.");
}
