using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AmConnector.Health;

internal static class HealthEndpoints
{
    public const string ReadyTag = "amconnector-ready";

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: it can serve (database reachable and migrated).</summary>
    public static void MapAmConnectorHealth(this IEndpointRouteBuilder endpoints, string liveRoute, string readyRoute)
    {
        // Anonymous on purpose: load balancers and orchestrators probe them without credentials.
        endpoints.MapHealthChecks(liveRoute, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
        endpoints.MapHealthChecks(readyRoute, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync }).AllowAnonymous();
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
    }
}
