using AmConnector.Data;
using AmConnector.OData;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Formatter;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.EntityFrameworkCore;
using Microsoft.OData;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// The delivery log as a read-only OData set for BI (<c>$expand=Attempts</c>): one row per message
/// and endpoint. A supplier's caller sees its own endpoints' deliveries only (row scope).
/// </summary>
internal sealed class WebhookDeliveriesController(AmConnectorDbContext db, ODataQueryRunner runner) : ODataController
{
    [Authorize(Policy = WebhookAccessRequirement.Policy)]
    public async Task<IActionResult> Get(ODataQueryOptions<WebhookDelivery> options, CancellationToken cancellationToken)
    {
        try
        {
            return Ok(await runner.ReadPageAsync(db.WebhookDeliveries.AsNoTracking(), options, cancellationToken));
        }
        catch (ODataException ex)
        {
            return ODataErrors.InvalidQuery(ex.Message);
        }
    }

    [Authorize(Policy = WebhookAccessRequirement.Policy)]
    public async Task<IActionResult> Get([FromODataUri] Guid key, ODataQueryOptions<WebhookDelivery> options, CancellationToken cancellationToken)
    {
        try
        {
            var delivery = await runner.ReadOneAsync(db.WebhookDeliveries.AsNoTracking().Where(d => d.Id == key), options, cancellationToken);
            return delivery is null
                ? ODataErrors.Result(Microsoft.AspNetCore.Http.StatusCodes.Status404NotFound, "NotFound", $"WebhookDeliveries({key}) does not exist.")
                : Ok(delivery);
        }
        catch (ODataException ex)
        {
            return ODataErrors.InvalidQuery(ex.Message);
        }
    }
}
