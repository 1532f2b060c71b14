using AmConnector.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AmConnector.OData;

/// <summary>
/// Puts OData's <c>$batch</c> middleware at the front of the host's pipeline. It must run before
/// routing (each sub-request is routed on its own), and a host that embeds the plugin should
/// not have to know that. The batch itself is not an endpoint, so it is authenticated here: an
/// anonymous batch is a 401, not a 200 full of 401s. Each sub-request, which inherits the batch's
/// Authorization header, is then authorised like any request.
/// </summary>
internal sealed class ODataBatchingStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var batchPath = new PathString("/" + app.ApplicationServices.GetRequiredService<IOptions<AmConnectorOptions>>().Value.Route("odata/$batch"));
        // OpenIddict's validation needs the authentication middleware to have seen the request first.
        app.UseWhen(context => context.Request.Path.Equals(batchPath, StringComparison.OrdinalIgnoreCase), batch =>
        {
            batch.UseAuthentication();
            batch.Use(async (context, nextMiddleware) =>
            {
                if (await IsAuthenticatedAsync(context))
                {
                    await nextMiddleware(context);
                }
            });
        });
        app.UseODataBatching();
        next(app);
    };

    private static async Task<bool> IsAuthenticatedAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(AmConnectorAuthentication.Scheme);
        if (result.Succeeded)
        {
            return true;
        }

        await context.ChallengeAsync(AmConnectorAuthentication.Scheme);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Authentication required",
                Detail = "A $batch needs an OAuth 2.0 access token or an API key; each request in it is then authorised on its own.",
            },
        });
        return false;
    }
}
