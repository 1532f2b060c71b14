using AmConnector.Data;
using AmConnector.Security;
using AmConnector.Security.Authorization;
using AmConnector.Suppliers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// <c>/api/suppliers/{code}/webhook-secrets</c> (<c>clients.manage</c>, the site's callers only): the
/// secrets a supplier signs its events with. Create and rotate show the secret once; rotation keeps
/// the old one valid for the configured overlap; revocation ends a secret at once.
/// </summary>
internal static class SupplierWebhookSecretEndpoints
{
    public static RouteGroupBuilder MapSupplierWebhookSecrets(this IEndpointRouteBuilder endpoints, string route)
    {
        var group = endpoints.MapGroup(route).RequireAuthorization(Policies.ManageClients).WithTags("Supplier webhook secrets")
            .WithMetadata(AmConnectorEndpointMetadata.Instance);
        group.MapPost("", CreateAsync);
        group.MapGet("", ListAsync);
        group.MapPost("{id:guid}/rotate", RotateAsync);
        group.MapDelete("{id:guid}", RevokeAsync);
        return group;
    }

    private static async Task<Results<Created<CreatedSupplierWebhookSecret>, ProblemHttpResult>> CreateAsync(
        string code, AmConnectorDbContext db, WebhookSecretProtector protector, TimeProvider clock, HttpContext http, IOptions<AmConnectorOptions> options)
    {
        if (await SupplierAsync(code, db, http, options) is not { } supplier)
        {
            return NotFoundOrForbidden(code, http, options);
        }

        var (entity, secret) = NewSecret(supplier, protector, clock.GetUtcNow(), replaces: null);
        db.SupplierWebhookSecrets.Add(entity);
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.Created($"{http.Request.PathBase}{http.Request.Path}/{entity.Id}", new CreatedSupplierWebhookSecret(entity.Id, secret, entity.ValidFrom));
    }

    private static async Task<Results<Ok<List<SupplierWebhookSecretSummary>>, ProblemHttpResult>> ListAsync(
        string code, AmConnectorDbContext db, TimeProvider clock, HttpContext http, IOptions<AmConnectorOptions> options)
    {
        if (await SupplierAsync(code, db, http, options) is not { } supplier)
        {
            return NotFoundOrForbidden(code, http, options);
        }

        var now = clock.GetUtcNow();
        var secrets = await db.SupplierWebhookSecrets.AsNoTracking().Where(s => s.SupplierId == supplier.Id)
            .OrderBy(s => s.CreatedAt).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(secrets.Select(s => new SupplierWebhookSecretSummary(
            s.Id, s.ValidFrom, s.ValidUntil, s.RevokedAt, s.ReplacesId, s.IsValidAt(now))).ToList());
    }

    private static async Task<Results<Created<CreatedSupplierWebhookSecret>, ProblemHttpResult>> RotateAsync(
        string code, Guid id, AmConnectorDbContext db, WebhookSecretProtector protector, TimeProvider clock, HttpContext http, IOptions<AmConnectorOptions> options)
    {
        if (await SupplierAsync(code, db, http, options) is not { } supplier)
        {
            return NotFoundOrForbidden(code, http, options);
        }

        var now = clock.GetUtcNow();
        var old = await db.SupplierWebhookSecrets.FirstOrDefaultAsync(s => s.Id == id && s.SupplierId == supplier.Id, http.RequestAborted);
        if (old is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Supplier {supplier.Code} has no webhook secret {id}.");
        }

        if (!old.IsValidAt(now) || old.ValidUntil is not null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The secret cannot be rotated.",
                detail: $"Secret {id} is revoked, expired or already rotated; rotate the current secret or create a new one.");
        }

        // The old secret keeps verifying for the overlap, so events signed during the switch still land.
        old.ValidUntil = now + options.Value.SupplierWebhooks.SecretRotationOverlap;
        var (entity, secret) = NewSecret(supplier, protector, now, replaces: old.Id);
        db.SupplierWebhookSecrets.Add(entity);
        await db.SaveChangesAsync(http.RequestAborted);
        var path = http.Request.Path.Value!;
        var collection = path[..path.LastIndexOf($"/{id}", StringComparison.OrdinalIgnoreCase)];
        return TypedResults.Created($"{http.Request.PathBase}{collection}/{entity.Id}",
            new CreatedSupplierWebhookSecret(entity.Id, secret, entity.ValidFrom, old.Id, old.ValidUntil));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        string code, Guid id, AmConnectorDbContext db, TimeProvider clock, HttpContext http, IOptions<AmConnectorOptions> options)
    {
        if (await SupplierAsync(code, db, http, options) is not { } supplier)
        {
            return NotFoundOrForbidden(code, http, options);
        }

        var secret = await db.SupplierWebhookSecrets.FirstOrDefaultAsync(s => s.Id == id && s.SupplierId == supplier.Id, http.RequestAborted);
        if (secret is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Supplier {supplier.Code} has no webhook secret {id}.");
        }

        if (secret.RevokedAt is null)
        {
            secret.RevokedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(http.RequestAborted);
        }

        return TypedResults.NoContent();
    }

    private static (SupplierWebhookSecret Entity, string Secret) NewSecret(Supplier supplier, WebhookSecretProtector protector, DateTimeOffset now, Guid? replaces)
    {
        var secret = WebhookSecretProtector.NewSecret();
        return (new SupplierWebhookSecret
        {
            SupplierId = supplier.Id,
            SupplierCode = supplier.Code,
            ProtectedSecret = protector.Protect(secret),
            ValidFrom = now,
            ReplacesId = replaces,
        }, secret);
    }

    /// <summary>The supplier, for the site's callers; a supplier's own caller manages no secrets (they are the site's trust decision).</summary>
    private static async Task<Supplier?> SupplierAsync(string code, AmConnectorDbContext db, HttpContext http, IOptions<AmConnectorOptions> options) =>
        Caller.From(http.User, options.Value.Auth).IsSupplier
            ? null
            : await db.Suppliers.AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, http.RequestAborted);

    private static ProblemHttpResult NotFoundOrForbidden(string code, HttpContext http, IOptions<AmConnectorOptions> options) =>
        Caller.From(http.User, options.Value.Auth).IsSupplier
            ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: "Webhook secrets are managed by the site, not by a supplier's caller.")
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No supplier has the code '{code}'.");
}
