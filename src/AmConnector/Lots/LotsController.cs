using AmConnector.Common;
using AmConnector.Data;
using AmConnector.Lots.Usability;
using AmConnector.OData;
using AmConnector.Security;
using AmConnector.Security.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Formatter;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AmConnector.Lots;

/// <summary>
/// The Lots entity set, its lifecycle actions (<c>Release</c>, <c>Reject</c>, <c>Recall</c>,
/// <c>MarkConsumed</c>, <c>PlaceHold</c>, <c>LiftHold</c>; <c>am.write</c>, each with a reason) and
/// the LIMS's <c>Usability(use)</c> function (<c>am.read</c>).
/// </summary>
internal sealed class LotsController(
    AmConnectorDbContext db, ODataQueryRunner runner, LotWriteRules rules, LotLifecycle lifecycle, UsabilityCheck usability, IOptions<AmConnectorOptions> options)
    : AmEntitySetController<Lot>(db, runner, rules)
{
    protected override string EntitySet => EntitySets.Lots;

    [HttpGet]
    [Authorize(Policy = Policies.Read)]
    [ServiceFilter(typeof(UsabilityResponseFilter))]
    public async Task<IActionResult> Usability([FromODataUri] Guid key, [FromODataUri] string? use, CancellationToken cancellationToken)
    {
        var verdict = await usability.CheckAsync(key, use, cancellationToken);
        if (verdict is null)
        {
            return ODataErrors.NotFound(EntitySet, key);
        }

        // Asked only once the lot is known to be visible, so a supplier learns nothing about others' lots.
        return RowScope.IsSupplier ? ODataErrors.Forbidden(UsabilityCheck.SiteOnly) : Ok(verdict);
    }

    /// <summary><c>Usability()</c> without a use: OData routes a function by the parameters its action declares, so the optional <c>use</c> needs its own action.</summary>
    [HttpGet]
    [Authorize(Policy = Policies.Read)]
    [ServiceFilter(typeof(UsabilityResponseFilter))]
    public Task<IActionResult> Usability([FromODataUri] Guid key, CancellationToken cancellationToken) =>
        Usability(key, null, cancellationToken);

    /// <summary>A release is signed by a person (<see cref="Signatures.SignatureGate"/>); it takes effect when the signature policy is met.</summary>
    [HttpPost]
    [Authorize(Policy = Policies.Write)]
    public Task<IActionResult> Release([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken)
    {
        var to = Text(parameters, "conditions") is null ? LotStatus.Released : LotStatus.ConditionallyReleased;
        return RunActionAsync(
            Writable.Include(l => l.Holds), key,
            lot => lifecycle.ChangeStatusAsync(lot, to, Text(parameters, "reason"), Text(parameters, "conditions"), cancellationToken),
            cancellationToken,
            lot => new Signatures.SigningRequest(lot, Signatures.SignedActions.LotRelease, User, Text(parameters, "reason"), Meaning(parameters)));
    }

    [HttpPost]
    [Authorize(Policy = Policies.Write)]
    public Task<IActionResult> Reject([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        ChangeStatusAsync(key, parameters, LotStatus.Rejected, cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.Write)]
    public Task<IActionResult> Recall([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        ChangeStatusAsync(key, parameters, LotStatus.Recalled, cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.Write)]
    public Task<IActionResult> MarkConsumed([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        ChangeStatusAsync(key, parameters, LotStatus.Consumed, cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.Write)]
    public Task<IActionResult> PlaceHold([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        ActAsync(key, lot => lifecycle.PlaceHold(lot, Text(parameters, "reason"), Actor), cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.Write)]
    public Task<IActionResult> LiftHold([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        ActAsync(key, lot => Id(parameters, "holdId") is { } holdId
            ? lifecycle.LiftHold(lot, holdId, Text(parameters, "reason"), Actor)
            : ActionOutcome.Invalid(new Common.FieldError("holdId", "is required: the id of the hold to lift.")), cancellationToken);

    private string Actor => Caller.From(User, options.Value.Auth).ClientId ?? "unknown";

    private Task<IActionResult> ChangeStatusAsync(Guid key, ODataActionParameters parameters, LotStatus to, CancellationToken cancellationToken) =>
        ActAsync(key, lot => lifecycle.ChangeStatusAsync(lot, to, Text(parameters, "reason"), Text(parameters, "conditions"), cancellationToken), cancellationToken);

    private Task<IActionResult> ActAsync(Guid key, Func<Lot, ActionOutcome> action, CancellationToken cancellationToken) =>
        RunActionAsync(Writable.Include(l => l.Holds), key, lot => Task.FromResult(action(lot)), cancellationToken);

    private Task<IActionResult> ActAsync(Guid key, Func<Lot, Task<ActionOutcome>> action, CancellationToken cancellationToken) =>
        RunActionAsync(Writable.Include(l => l.Holds), key, action, cancellationToken);
}
