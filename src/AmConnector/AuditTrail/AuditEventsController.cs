using AmConnector.Data;
using AmConnector.OData;
using AmConnector.Security.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Formatter;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.AuditTrail;

/// <summary>The audit trail as a read-only OData set (<c>audit.read</c>): filter by entity, key, actor and time.</summary>
internal sealed class AuditEventsController(AmConnectorDbContext db, ODataQueryRunner runner) : ReadOnlySetController(runner)
{
    protected override string EntitySet => "AuditEvents";

    [Authorize(Policy = Policies.ReadAudit)]
    public Task<IActionResult> Get(ODataQueryOptions<AuditEvent> options, CancellationToken cancellationToken) =>
        PageAsync(db.AuditEvents.AsNoTracking(), options, cancellationToken);

    [Authorize(Policy = Policies.ReadAudit)]
    public Task<IActionResult> Get([FromODataUri] long key, ODataQueryOptions<AuditEvent> options, CancellationToken cancellationToken) =>
        OneAsync(db.AuditEvents.AsNoTracking().Where(e => e.Sequence == key), key, options, cancellationToken);
}
