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

namespace AmConnector.Signatures;

/// <summary>
/// Every signature, read-only (<c>am.read</c>): signatures are made by the signed actions only.
/// A supplier's caller sees none (the site's QA decisions and who made them are the site's).
/// </summary>
internal sealed class SignaturesController(AmConnectorDbContext db, ODataQueryRunner runner) : ODataController
{
    [Authorize(Policy = Policies.Read)]
    public async Task<IActionResult> Get(ODataQueryOptions<Signature> options, CancellationToken cancellationToken)
    {
        try
        {
            return Ok(await runner.ReadPageAsync(db.Set<Signature>().AsNoTracking(), options, cancellationToken));
        }
        catch (ODataException ex)
        {
            return ODataErrors.InvalidQuery(ex.Message);
        }
    }

    [Authorize(Policy = Policies.Read)]
    public async Task<IActionResult> Get([FromODataUri] Guid key, ODataQueryOptions<Signature> options, CancellationToken cancellationToken)
    {
        try
        {
            var signature = await runner.ReadOneAsync(db.Set<Signature>().AsNoTracking(), key, options, cancellationToken);
            return signature is null ? ODataErrors.NotFound(EntitySets.Signatures, key) : Ok(signature);
        }
        catch (ODataException ex)
        {
            return ODataErrors.InvalidQuery(ex.Message);
        }
    }
}
