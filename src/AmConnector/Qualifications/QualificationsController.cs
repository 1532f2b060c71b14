using AmConnector.Common;
using AmConnector.Data;
using AmConnector.OData;
using AmConnector.Security;
using AmConnector.Security.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Formatter;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AmConnector.Qualifications;

/// <summary>
/// The Qualifications entity set and its lifecycle (domain.md §4.2): <c>Start</c>,
/// <c>Complete(outcome, reason, conditions)</c>, <c>RequireRequalification</c>, <c>Disqualify</c>,
/// <c>Retire</c> (QA decisions, <c>notices.assess</c>), and the checklist: <c>CompleteActivity</c>
/// (<c>am.write</c>) and <c>WaiveActivity</c> (<c>notices.assess</c>). Each takes a reason or evidence.
/// </summary>
internal sealed class QualificationsController(
    AmConnectorDbContext db, ODataQueryRunner runner, QualificationWriteRules rules, QualificationLifecycle lifecycle, IOptions<AmConnectorOptions> options)
    : AmEntitySetController<Qualification>(db, runner, rules)
{
    protected override string EntitySet => EntitySets.Qualifications;

    /// <summary>The site's own evaluation: a supplier neither sees nor writes it.</summary>
    protected override bool SupplierMayWrite => false;

    [HttpPost]
    [Authorize(Policy = Policies.AssessNotices)]
    public Task<IActionResult> Start([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        Act(key, q => lifecycle.ChangeStatus(q, QualificationStatus.InProgress, Text(parameters, "reason")), cancellationToken);

    /// <summary><c>outcome</c> is <c>qualified</c> or <c>conditional</c>; a conditional one states its <c>conditions</c>.</summary>
    [HttpPost]
    [Authorize(Policy = Policies.AssessNotices)]
    public Task<IActionResult> Complete([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        RunActionAsync(Writable.Include(q => q.Activities), key, q => Task.FromResult(Text(parameters, "outcome")?.ToUpperInvariant() switch
        {
            "QUALIFIED" => lifecycle.ChangeStatus(q, QualificationStatus.Qualified, Text(parameters, "reason")),
            "CONDITIONAL" => lifecycle.ChangeStatus(q, QualificationStatus.ConditionallyQualified, Text(parameters, "reason"), Text(parameters, "conditions")),
            _ => ActionOutcome.Invalid(new FieldError("outcome", "must be 'qualified' or 'conditional'.")),
        }), cancellationToken,
        // Completion is QA's approval of the material for this use: signed by a person.
        q => new Signatures.SigningRequest(q, Signatures.SignedActions.QualificationComplete, User, Text(parameters, "reason"), Meaning(parameters)));

    [HttpPost]
    [Authorize(Policy = Policies.AssessNotices)]
    public Task<IActionResult> RequireRequalification([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        Act(key, q => lifecycle.ChangeStatus(q, QualificationStatus.RequalificationRequired, Text(parameters, "reason")), cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.AssessNotices)]
    public Task<IActionResult> Disqualify([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        Act(key, q => lifecycle.ChangeStatus(q, QualificationStatus.Disqualified, Text(parameters, "reason")), cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.AssessNotices)]
    public Task<IActionResult> Retire([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        Act(key, q => lifecycle.ChangeStatus(q, QualificationStatus.Retired, Text(parameters, "reason")), cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.Write)]
    public Task<IActionResult> CompleteActivity([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        Act(key, q => Id(parameters, "activityId") is { } id
            ? lifecycle.RecordActivity(q, id, ActivityStatus.Done, Text(parameters, "evidence"), Actor)
            : ActionOutcome.Invalid(new FieldError("activityId", "is required.")), cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.AssessNotices)]
    public Task<IActionResult> WaiveActivity([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        Act(key, q => Id(parameters, "activityId") is { } id
            ? lifecycle.RecordActivity(q, id, ActivityStatus.Waived, Text(parameters, "reason"), Actor)
            : ActionOutcome.Invalid(new FieldError("activityId", "is required.")), cancellationToken);

    private string Actor => Caller.From(User, options.Value.Auth).ClientId ?? "unknown";

    private Task<IActionResult> Act(Guid key, Func<Qualification, ActionOutcome> action, CancellationToken cancellationToken) =>
        RunActionAsync(Writable.Include(q => q.Activities), key, q => Task.FromResult(action(q)), cancellationToken);
}
