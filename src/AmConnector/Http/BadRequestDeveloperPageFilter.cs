using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.Http;

/// <summary>
/// In Development the host's developer exception page sits in front of everything and would show a
/// malformed request (e.g. a form over its limits at the token server) as a 500; it is a 4xx there too.
/// </summary>
internal sealed class BadRequestDeveloperPageFilter : IDeveloperPageExceptionFilter
{
    public async Task HandleExceptionAsync(ErrorContext errorContext, Func<ErrorContext, Task> next)
    {
        var context = errorContext.HttpContext;
        if (context.Response.HasStarted || BadRequestExceptions.Problem(errorContext.Exception, context) is not { } problem)
        {
            await next(errorContext);
            return;
        }

        context.Response.Clear();
        context.Response.StatusCode = problem.Status!.Value;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(
            new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = errorContext.Exception });
    }
}
