using AmConnector.AuditTrail;
using AmConnector.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace AmConnector.Lots.Usability;

/// <summary>
/// Answers a repeated <c>Lots(key)/Usability(use)</c> question from the bytes OData wrote the first
/// time, under the same stamp as <see cref="UsabilityAnswerCache"/> (audit head and UTC day), so a
/// LIMS polling a lot between process steps costs one indexed read instead of five queries, a
/// controller and the OData serializer (P1 in docs/performance.md). It runs after authentication
/// and authorisation, which stay per request.
/// </summary>
/// <remarks>
/// The key is everything OData's answer depends on: scheme, host and path base (the context URL),
/// path and query (lot, use, <c>$format</c>), and the content-negotiation headers. Only site callers'
/// <c>200</c> answers are kept; a supplier's client is refused the answer and never shares the site's.
/// </remarks>
internal sealed class UsabilityResponseFilter(UsabilityAnswerCache cache, AuditHeadReader heads, TimeProvider clock) : IAsyncResourceFilter
{
    private static readonly string[] NegotiationHeaders =
        [HeaderNames.Accept, HeaderNames.AcceptCharset, "Prefer", "OData-MaxVersion", "OData-Version"];

    /// <summary>The headers OData's formatter sets on the answer itself (the rest come from middleware, which runs on every request).</summary>
    private static readonly string[] AnswerHeaders = ["OData-Version", "Preference-Applied"];

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) || http.RequestServices.GetRequiredService<IRowScope>().IsSupplier)
        {
            await next();
            return;
        }

        var answers = cache.For(await heads.ReadAsync(http.RequestAborted), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var request = RequestKey(http.Request);
        if (answers.TryGetResponse(request, out var known))
        {
            context.Result = new UsabilityResponseResult(known);
            return;
        }

        var body = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        ResourceExecutedContext executed;
        try
        {
            executed = await next();
        }
        finally
        {
            http.Response.Body = body;
        }

        if (executed.Exception is not null && !executed.ExceptionHandled)
        {
            // MVC rethrows it: half an answer must not start the response the error handler will write.
            return;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(body, http.RequestAborted);
        if (http.Response.StatusCode == StatusCodes.Status200OK && executed.Exception is null)
        {
            var headers = AnswerHeaders
                .Where(name => http.Response.Headers.ContainsKey(name))
                .Select(name => KeyValuePair.Create(name, http.Response.Headers[name].ToString()))
                .ToList();
            answers.RememberResponse(request, new UsabilityResponse(http.Response.ContentType, headers, buffer.ToArray()));
        }
    }

    private static string RequestKey(HttpRequest request)
    {
        var key = new System.Text.StringBuilder(256)
            .Append(request.Scheme).Append("://").Append(request.Host.Value)
            .Append(request.PathBase.Value).Append(request.Path.Value).Append(request.QueryString.Value);
        foreach (var header in NegotiationHeaders)
        {
            key.Append('\n').Append(request.Headers[header].ToString());
        }

        return key.ToString();
    }

    private sealed class UsabilityResponseResult(UsabilityResponse response) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context)
        {
            var http = context.HttpContext.Response;
            http.StatusCode = StatusCodes.Status200OK;
            http.ContentType = response.ContentType;
            foreach (var (name, value) in response.Headers)
            {
                http.Headers[name] = value;
            }

            http.ContentLength = response.Body.Length;
            return http.Body.WriteAsync(response.Body, context.HttpContext.RequestAborted).AsTask();
        }
    }
}
