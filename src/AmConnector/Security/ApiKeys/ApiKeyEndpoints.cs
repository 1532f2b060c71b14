using AmConnector.Data;
using AmConnector.Security.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AmConnector.Security.ApiKeys;

/// <summary><c>/api/clients/api-keys</c>: create, list and revoke read-only keys (<c>clients.manage</c>).</summary>
internal static class ApiKeyEndpoints
{
    public static RouteGroupBuilder MapApiKeys(this IEndpointRouteBuilder endpoints, string route)
    {
        var group = endpoints.MapGroup(route).RequireAuthorization(Policies.ManageClients).WithTags("API keys");
        group.MapPost("", CreateAsync);
        group.MapGet("", ListAsync);
        group.MapDelete("{id:guid}", RevokeAsync);
        return group;
    }

    private static async Task<Results<Created<CreatedApiKey>, ValidationProblem>> CreateAsync(
        CreateApiKeyRequest? request, AmConnectorDbContext db, TimeProvider clock, HttpContext http, IOptions<AmConnectorOptions> options)
    {
        var errors = new Dictionary<string, string[]>();
        var name = request?.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 128)
        {
            errors["name"] = ["is required: what the key is for, at most 128 characters."];
        }

        if (request?.ExpiresAt is { } expires && expires <= clock.GetUtcNow())
        {
            errors["expiresAt"] = [$"{expires:O} is not in the future."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The API key was not created.");
        }

        var key = ApiKeyFormat.NewKey();
        var apiKey = new ApiKey
        {
            Name = name!,
            Prefix = ApiKeyFormat.DisplayPrefix(key),
            KeyHash = ApiKeyFormat.Hash(key),
            ExpiresAt = request!.ExpiresAt?.ToUniversalTime(),
            CreatedBy = Caller.From(http.User, options.Value.Auth).ClientId ?? "",
        };
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.Created($"{http.Request.PathBase}{http.Request.Path}/{apiKey.Id}", new CreatedApiKey(apiKey.Id, key, apiKey.Name, apiKey.ExpiresAt));
    }

    private static async Task<Ok<List<ApiKeySummary>>> ListAsync(AmConnectorDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var keys = await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(keys.Select(k => new ApiKeySummary(
            k.Id, k.Name, k.Prefix, k.CreatedAt, k.CreatedBy, k.ExpiresAt, k.RevokedAt, k.IsActiveAt(now))).ToList());
    }

    /// <summary>Revoking keeps the record (who made it, when it stopped working); the key stops at once.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        Guid id, AmConnectorDbContext db, TimeProvider clock, HttpContext http, IOptions<AmConnectorOptions> options)
    {
        var apiKey = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, http.RequestAborted);
        if (apiKey is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No API key has the id {id}.");
        }

        if (apiKey.RevokedAt is null)
        {
            apiKey.RevokedAt = clock.GetUtcNow();
            apiKey.RevokedBy = Caller.From(http.User, options.Value.Auth).ClientId;
            await db.SaveChangesAsync(http.RequestAborted);
        }

        return TypedResults.NoContent();
    }
}
