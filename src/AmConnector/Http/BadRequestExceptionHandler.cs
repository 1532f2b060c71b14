using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace AmConnector.Http;

/// <summary>
/// Runs inside the host's <c>UseExceptionHandler()</c>: a malformed request (see <see cref="BadRequestExceptions"/>)
/// is answered with its 4xx problem detail instead of the handler's 500. Everything else goes on to the host.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (BadRequestExceptions.Problem(exception, httpContext) is not { } problem || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
