using AmConnector.Security.ApiKeys;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;

namespace AmConnector.Security.Authorization;

/// <summary>
/// Names the client behind a rejected credential for the log: a token's unverified client id, or an
/// API key's display prefix. Never the token or key itself.
/// </summary>
internal static class UnverifiedClient
{
    public static string Of(HttpRequest request)
    {
        var apiKey = ApiKeyAuthenticationHandler.ReadKey(request);
        if (apiKey is not null)
        {
            return ApiKeyFormat.LooksLikeKey(apiKey) ? $"api-key {ApiKeyFormat.DisplayPrefix(apiKey)}…" : "api-key (malformed)";
        }

        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return "(no bearer token)";
        }

        try
        {
            var token = new JsonWebToken(authorization["Bearer ".Length..].Trim());
            foreach (var claim in new[] { "client_id", "azp", "appid", "sub" })
            {
                if (token.TryGetPayloadValue<string>(claim, out var value) && !string.IsNullOrEmpty(value))
                {
                    return $"{value} (unverified)";
                }
            }

            return "(token without client id)";
        }
        catch (ArgumentException)
        {
            return "(malformed token)";
        }
    }
}
