using AmConnector.Data;
using AmConnector.Security;
using AmConnector.Security.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// The supplier-facing webhook: <c>POST …/events</c> authenticates by signature, not by token (a
/// supplier's publisher holds a webhook secret, as Standard Webhooks intends); <c>GET …/events</c>
/// is the inbound delivery log, for the supplier's own caller (its events only) and the site.
/// </summary>
internal static class SupplierEventEndpoints
{
    public static void MapSupplierEvents(this IEndpointRouteBuilder endpoints, string route)
    {
        endpoints.MapPost(route, ReceiveAsync).AllowAnonymous().DisableAntiforgery().WithTags("Supplier events")
            .WithMetadata(Security.Authorization.AmConnectorEndpointMetadata.Instance);
        endpoints.MapGet(route, ListAsync).RequireAuthorization(Policies.Read).WithTags("Supplier events")
            .WithMetadata(Security.Authorization.AmConnectorEndpointMetadata.Instance);
        endpoints.MapGet(route + "/{id:guid}", GetAsync).RequireAuthorization(Policies.Read).WithTags("Supplier events")
            .WithMetadata(Security.Authorization.AmConnectorEndpointMetadata.Instance);
    }

    /// <summary>
    /// One event and where it stands: a supplier that was answered 202 on store (ADR-020) reads here
    /// whether it was applied or refused, and why.
    /// </summary>
    private static async Task<Results<Ok<InboundEventSummary>, ProblemHttpResult>> GetAsync(
        string supplierCode, Guid id, AmConnectorDbContext db, HttpContext http, IOptions<AmConnectorOptions> options)
    {
        var caller = Caller.From(http.User, options.Value.Auth);
        var found = caller.IsSupplier && !string.Equals(caller.SupplierCode, supplierCode, StringComparison.Ordinal)
            ? null
            : await db.InboundEvents.AsNoTracking().Where(e => e.SupplierCode == supplierCode && e.Id == id)
                .Select(Summary).FirstOrDefaultAsync(http.RequestAborted);
        return found is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"Supplier '{supplierCode}' has no inbound event {id} visible to this caller.")
            : TypedResults.Ok(found);
    }

    private static readonly System.Linq.Expressions.Expression<Func<InboundEvent, InboundEventSummary>> Summary = e =>
        new InboundEventSummary(e.Id, e.Type, e.WebhookId, e.CloudEventId, e.Subject, e.ReceivedAt, e.BodySha256, e.OutcomeStatus, e.Outcome)
        {
            State = e.State,
            ProcessedAt = e.ProcessedAt,
        };

    private static Task<IResult> ReceiveAsync(string supplierCode, HttpRequest request, SupplierEventReceiver receiver) =>
        receiver.ReceiveAsync(supplierCode, request, request.HttpContext.RequestAborted);

    /// <summary>What arrived from this supplier and what it was answered, newest first; the body is left out (it can be large).</summary>
    private static async Task<Results<Ok<List<InboundEventSummary>>, ProblemHttpResult>> ListAsync(
        string supplierCode, AmConnectorDbContext db, HttpContext http, IOptions<AmConnectorOptions> options,
        string? type = null, DateTimeOffset? from = null, int top = 100)
    {
        var caller = Caller.From(http.User, options.Value.Auth);
        if (caller.IsSupplier && !string.Equals(caller.SupplierCode, supplierCode, StringComparison.Ordinal))
        {
            // As with every record of another supplier: not found, so nothing is learnt about it.
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"No inbound events of supplier '{supplierCode}' are visible to this caller.");
        }

        var query = db.InboundEvents.AsNoTracking().Where(e => e.SupplierCode == supplierCode);
        if (type is not null)
        {
            query = query.Where(e => e.Type == type);
        }

        if (from is { } since)
        {
            query = query.Where(e => e.ReceivedAt >= since);
        }

        var events = await query.OrderByDescending(e => e.ReceivedAt).Take(Math.Clamp(top, 1, 1000))
            .Select(Summary)
            .ToListAsync(http.RequestAborted);
        return TypedResults.Ok(events);
    }
}

/// <summary>One entry of the inbound delivery log.</summary>
public sealed record InboundEventSummary(
    Guid Id, string Type, string WebhookId, string CloudEventId, string? Subject, DateTimeOffset ReceivedAt, string BodySha256, int OutcomeStatus, string Outcome)
{
    /// <summary>Applied, or, for an event acknowledged on store (ADR-020), pending, refused or failed.</summary>
    public InboundEventState State { get; init; }

    /// <summary>When it was applied, refused or given up on.</summary>
    public DateTimeOffset? ProcessedAt { get; init; }
}
