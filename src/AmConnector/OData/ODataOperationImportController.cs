using AmConnector.Lots.Usability;
using AmConnector.Security.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Formatter;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.Extensions.Options;

namespace AmConnector.OData;

/// <summary>
/// Unbound operations (OData routes them to a controller of this name by convention):
/// <c>CheckUsability(lots, use)</c>, the LIMS's batch question, and <c>VerifyAuditTrail</c>.
/// </summary>
internal sealed class ODataOperationImportController(
    UsabilityCheck usability, AuditTrail.AuditTrailVerifier verifier, Data.IRowScope rowScope, IOptions<AmConnectorOptions> options) : ODataController
{
    /// <summary><c>VerifyAuditTrail</c> (<c>audit.read</c>): recomputes the whole hash chain.</summary>
    [HttpPost]
    [Authorize(Policy = Policies.ReadAudit)]
    public async Task<IActionResult> VerifyAuditTrail(CancellationToken cancellationToken) => Ok(await verifier.VerifyAsync(cancellationToken));

    [HttpPost]
    [Authorize(Policy = Policies.Read)]
    public async Task<IActionResult> CheckUsability(ODataActionParameters parameters, CancellationToken cancellationToken)
    {
        if (rowScope.IsSupplier)
        {
            return ODataErrors.Forbidden(UsabilityCheck.SiteOnly);
        }

        if (parameters is null || !parameters.TryGetValue("lots", out var value) || value is not IEnumerable<LotKey> requested)
        {
            return ODataErrors.Validation([new Common.FieldError("lots", "is required: an array of { SupplierCode, CatalogueNumber, LotNumber }.")]);
        }

        // Items that are not lot keys (null, nested arrays) reach here untyped: the caller's error, not a 500 (hostile-input cases).
        List<LotKey?> lots;
        try
        {
            lots = requested.ToList<LotKey?>();
        }
        catch (InvalidCastException)
        {
            lots = [null];
        }

        if (lots.Contains(null))
        {
            return ODataErrors.Validation([new Common.FieldError("lots", "must contain objects { SupplierCode, CatalogueNumber, LotNumber } only, no null or nested array.")]);
        }

        var limit = options.Value.Usability.MaxLotsPerCheck;
        if (lots.Count > limit)
        {
            return ODataErrors.Validation([new Common.FieldError("lots", $"has {lots.Count} lots; at most {limit} may be checked in one call.")]);
        }

        var use = parameters.TryGetValue("use", out var u) ? u as string : null;
        return Ok(await usability.CheckAsync(lots!, use, cancellationToken));
    }
}
