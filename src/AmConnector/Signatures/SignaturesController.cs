using AmConnector.Data;
using AmConnector.OData;
using AmConnector.Security.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Formatter;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Signatures;

/// <summary>
/// Every signature, read-only (<c>am.read</c>): signatures are made by the signed actions only.
/// A supplier's caller sees none (the site's QA decisions and who made them are the site's).
/// </summary>
internal sealed class SignaturesController(AmConnectorDbContext db, ODataQueryRunner runner) : ReadOnlySetController(runner)
{
    protected override string EntitySet => EntitySets.Signatures;

    [Authorize(Policy = Policies.Read)]
    public Task<IActionResult> Get(ODataQueryOptions<Signature> options, CancellationToken cancellationToken) =>
        PageAsync(db.Set<Signature>().AsNoTracking(), options, cancellationToken);

    [Authorize(Policy = Policies.Read)]
    public Task<IActionResult> Get([FromODataUri] Guid key, ODataQueryOptions<Signature> options, CancellationToken cancellationToken) =>
        OneAsync(db.Set<Signature>().AsNoTracking().Where(s => s.Id == key), key, options, cancellationToken);
}
