using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OData;

namespace AmConnector.OData;

/// <summary>
/// Puts OData's <c>$batch</c> middleware at the front of the host's pipeline. It must run before
/// routing (each sub-request is routed on its own), and a host that embeds the plugin should
/// not have to know that.
/// </summary>
internal sealed class ODataBatchingStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseODataBatching();
        next(app);
    };
}
