using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace AmConnector.Security.ApiKeys;

/// <summary>
/// Takes an API key out of the query string (<c>?api_key=…</c>, as Power BI and Excel send it) as
/// the request's context is created: ASP.NET Core logs the request line, query string included,
/// ("Request starting …", "Request finished …") before any middleware runs, and so would any
/// request log of the host. The key is kept in an <see cref="ApiKeyQueryFeature"/>, where
/// <see cref="ApiKeyAuthenticationHandler.ReadKey"/> finds it; the rest of the query is untouched.
/// </summary>
internal sealed class ApiKeyQueryHttpContextFactory(IServiceProvider services, IOptions<AmConnectorOptions> options) : IHttpContextFactory
{
    private readonly DefaultHttpContextFactory _inner = new(services);

    public HttpContext Create(IFeatureCollection featureCollection)
    {
        var request = featureCollection.Get<IHttpRequestFeature>();
        if (request is not null && UnderAmConnector(request.Path) && Remove(request.QueryString, out var key, out var rest))
        {
            request.QueryString = rest;
            featureCollection.Set(new ApiKeyQueryFeature(key));
        }

        return _inner.Create(featureCollection);
    }

    public void Dispose(HttpContext httpContext) => _inner.Dispose(httpContext);

    private bool UnderAmConnector(string path)
    {
        var prefix = options.Value.PathPrefix.Trim('/');
        return prefix.Length == 0
            || path.AsSpan().TrimStart('/').StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase)
            || path.AsSpan().Trim('/').Equals(prefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Splits the api_key parameters (their values comma-joined, as <c>Request.Query</c> would) from the rest, which keeps its encoding.</summary>
    internal static bool Remove(string? query, out string key, out string rest)
    {
        key = "";
        rest = query ?? "";
        if (string.IsNullOrEmpty(query) || !query.Contains(AmConnectorAuthentication.ApiKeyQueryParameter, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var keys = new List<string>();
        var kept = new List<string>();
        foreach (var part in query.TrimStart('?').Split('&'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? part : part[..equals]);
            if (name.Equals(AmConnectorAuthentication.ApiKeyQueryParameter, StringComparison.OrdinalIgnoreCase))
            {
                keys.Add(equals < 0 ? "" : Decode(part[(equals + 1)..]));
            }
            else
            {
                kept.Add(part);
            }
        }

        if (keys.Count == 0)
        {
            return false;
        }

        key = string.Join(',', keys.Where(k => k.Length > 0));
        rest = kept.Any(p => p.Length > 0) ? "?" + string.Join('&', kept) : "";
        return true;
    }

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}

/// <summary>The API key that came in the query string, taken out of it by <see cref="ApiKeyQueryHttpContextFactory"/>.</summary>
internal sealed class ApiKeyQueryFeature(string key)
{
    public string Key { get; } = key;
}
