using AmConnector.Data;
using AmConnector.OData;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Formatter;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// The delivery log as a read-only OData set for BI (<c>$expand=Attempts</c>): one row per message
/// and endpoint. A supplier's caller sees its own endpoints' deliveries only (row scope).
/// </summary>
internal sealed class WebhookDeliveriesController(AmConnectorDbContext db, ODataQueryRunner runner) : ReadOnlySetController(runner)
{
    protected override string EntitySet => EntitySets.WebhookDeliveries;

    [Authorize(Policy = WebhookAccessRequirement.Policy)]
    public Task<IActionResult> Get(ODataQueryOptions<WebhookDelivery> options, CancellationToken cancellationToken) =>
        PageAsync(db.WebhookDeliveries.AsNoTracking(), options, cancellationToken);

    [Authorize(Policy = WebhookAccessRequirement.Policy)]
    public Task<IActionResult> Get([FromODataUri] Guid key, ODataQueryOptions<WebhookDelivery> options, CancellationToken cancellationToken) =>
        OneAsync(db.WebhookDeliveries.AsNoTracking().Where(d => d.Id == key), key, options, cancellationToken);
}
