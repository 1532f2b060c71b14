using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace AmConnector.Webhooks.Inbound;

/// <summary>An answer with <c>Retry-After</c> (RFC 9110 §10.2.3), which Standard Webhooks senders honour on a 503.</summary>
internal sealed class RetryAfterResult(IResult inner, TimeSpan after) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => (inner as IStatusCodeHttpResult)?.StatusCode;

    public TimeSpan After => after;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(after.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return inner.ExecuteAsync(httpContext);
    }
}
