using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AmConnector.Http;

/// <summary>
/// The front of the pipeline, before OData's <c>$batch</c> middleware and the token server (which run
/// before any exception handler a host adds): a malformed request that throws there is answered with its
/// 4xx problem detail, not a bare 500. On AmConnector's routes, a JSON body declared in another charset
/// than UTF-8 is refused with 415 before a reader tries (and fails) to decode it.
/// </summary>
internal sealed class BadRequestGuardStartupFilter : IStartupFilter
{
    /// <summary>The route roots MapAmConnector serves JSON under (after the configured prefix).</summary>
    private static readonly string[] JsonRoots = ["odata", "api", "webhooks"];

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<AmConnectorOptions>>().Value;
        PathString[] roots = [.. JsonRoots.Select(r => new PathString("/" + options.Route(r)))];
        app.Use(async (context, nextMiddleware) =>
        {
            if (roots.Any(root => context.Request.Path.StartsWithSegments(root, StringComparison.OrdinalIgnoreCase)) && NotUtf8Json(context.Request) is { } charset)
            {
                await WriteAsync(context, new ProblemDetails
                {
                    Status = StatusCodes.Status415UnsupportedMediaType,
                    Title = "JSON must be UTF-8.",
                    Detail = $"The body is declared as charset '{charset}'; AmConnector reads JSON as UTF-8 only (RFC 8259 §8.1).",
                }, null);
                return;
            }

            try
            {
                await nextMiddleware(context);
            }
            catch (Exception exception) when (!context.Response.HasStarted && BadRequestExceptions.Problem(exception, context) is { } problem)
            {
                await WriteAsync(context, problem, exception);
            }
        });
        next(app);
    };

    /// <summary>The declared charset of a JSON body when it is not UTF-8; null otherwise.</summary>
    private static string? NotUtf8Json(HttpRequest request)
    {
        if (request.ContentType is not { } contentType || !MediaTypeHeaderValue.TryParse(contentType, out var media) ||
            !(media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var charset = media.Charset.Value?.Trim('"');
        return charset is null or "" || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            ? null
            : charset;
    }

    private static async Task WriteAsync(HttpContext context, ProblemDetails problem, Exception? exception)
    {
        context.Response.Clear();
        context.Response.StatusCode = problem.Status!.Value;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
