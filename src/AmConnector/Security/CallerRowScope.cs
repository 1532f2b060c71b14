using AmConnector.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AmConnector.Security;

/// <summary>The row scope of the current HTTP caller; outside a request (start-up, background work) there is none.</summary>
internal sealed class CallerRowScope(IHttpContextAccessor accessor, IOptions<AmConnectorOptions> options) : IRowScope
{
    // Not cached: $batch sub-requests share one service scope, and each is authenticated on its own.
    private Caller Current => accessor.HttpContext is { } context ? Caller.From(context.User, options.Value.Auth) : Caller.Anonymous;

    public bool IsSupplier => Current.IsSupplier;

    public string? SupplierCode => Current.SupplierCode;
}
