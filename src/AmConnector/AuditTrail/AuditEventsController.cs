using AmConnector.Data;
using AmConnector.OData;
using AmConnector.Security.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Formatter;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.EntityFrameworkCore;
using Microsoft.OData;

namespace AmConnector.AuditTrail;

/// <summary>The audit trail as a read-only OData set (<c>audit.read</c>): filter by entity, key, actor and time.</summary>
internal sealed class AuditEventsController(AmConnectorDbContext db, ODataQueryRunner runner) : ODataController
{
    [Authorize(Policy = Policies.ReadAudit)]
    public async Task<IActionResult> Get(ODataQueryOptions<AuditEvent> options, CancellationToken cancellationToken)
    {
        try
        {
            return Ok(await runner.ReadPageAsync(db.AuditEvents.AsNoTracking(), options, cancellationToken));
        }
        catch (ODataException ex)
        {
            return ODataErrors.InvalidQuery(ex.Message);
        }
    }

    [Authorize(Policy = Policies.ReadAudit)]
    public async Task<IActionResult> Get([FromODataUri] long key, ODataQueryOptions<AuditEvent> options, CancellationToken cancellationToken)
    {
        try
        {
            var audit = await runner.ReadOneAsync(db.AuditEvents.AsNoTracking().Where(e => e.Sequence == key), options, cancellationToken);
            return audit is null
                ? ODataErrors.Result(Microsoft.AspNetCore.Http.StatusCodes.Status404NotFound, "NotFound", $"AuditEvents({key}) does not exist.")
                : Ok(audit);
        }
        catch (ODataException ex)
        {
            return ODataErrors.InvalidQuery(ex.Message);
        }
    }
}
