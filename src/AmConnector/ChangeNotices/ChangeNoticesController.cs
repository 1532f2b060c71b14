using System.Security.Claims;
using AmConnector.Common;
using AmConnector.Data;
using AmConnector.OData;
using AmConnector.Security;
using AmConnector.Security.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Formatter;
using Microsoft.Extensions.Options;

namespace AmConnector.ChangeNotices;

/// <summary>
/// The ChangeNotices entity set and the user-side lifecycle (domain.md §4.3), all QA's
/// (<c>notices.assess</c>): <c>Triage</c>, <c>StartAssessment</c>, <c>Decide(decision, impact,
/// actions, reason)</c>, <c>MarkImplemented</c>, <c>Close</c> and <c>RequestInformation(items, message)</c>.
/// A supplier's caller reads its own notices without the site's assessment and impact proposal.
/// </summary>
internal sealed class ChangeNoticesController(
    AmConnectorDbContext db, ODataQueryRunner runner, ChangeNoticeWriteRules rules, ChangeNoticeLifecycle lifecycle, IOptions<AmConnectorOptions> options)
    : AmEntitySetController<ChangeNotice>(db, runner, rules)
{
    protected override string EntitySet => EntitySets.ChangeNotices;

    [HttpPost]
    [Authorize(Policy = Policies.AssessNotices)]
    public Task<IActionResult> Triage([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        Act(key, n => lifecycle.Transition(n, ChangeNoticeStatus.Triaged, Text(parameters, "reason"), Actor), cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.AssessNotices)]
    public Task<IActionResult> StartAssessment([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        Act(key, n => lifecycle.Transition(n, ChangeNoticeStatus.UnderAssessment, Text(parameters, "reason"), Actor), cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.AssessNotices)]
    public Task<IActionResult> MarkImplemented([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        Act(key, n => lifecycle.Transition(n, ChangeNoticeStatus.Implemented, Text(parameters, "reason"), Actor), cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.AssessNotices)]
    public Task<IActionResult> Close([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        Act(key, n => lifecycle.Transition(n, ChangeNoticeStatus.Closed, Text(parameters, "reason"), Actor), cancellationToken);

    [HttpPost]
    [Authorize(Policy = Policies.AssessNotices)]
    public Task<IActionResult> Decide([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        RunActionAsync(Writable, key, n => lifecycle.DecideAsync(n,
            new NoticeDecision(Text(parameters, "decision"), Text(parameters, "impact"), Texts(parameters, "actions"), Text(parameters, "reason")),
            Actor, cancellationToken), cancellationToken,
            // QA's decision on a supplier's change is signed by people; a Level 3 notice by two (Review, then Approval).
            n => new Signatures.SigningRequest(n, Signatures.SignedActions.ChangeNoticeDecide, User, Text(parameters, "reason"), Meaning(parameters),
                PolicyVariant: n.Level.ToString()));

    [HttpPost]
    [Authorize(Policy = Policies.AssessNotices)]
    public Task<IActionResult> RequestInformation([FromODataUri] Guid key, ODataActionParameters parameters, CancellationToken cancellationToken) =>
        Act(key, n => lifecycle.RequestInformation(n, Texts(parameters, "items"), Text(parameters, "message"), Actor), cancellationToken);

    /// <summary>The person who signed in, else the calling client.</summary>
    private string Actor => User.FindFirstValue("name") ?? Caller.From(User, options.Value.Auth).ClientId ?? "unknown";

    private Task<IActionResult> Act(Guid key, Func<ChangeNotice, ActionOutcome> action, CancellationToken cancellationToken) =>
        RunActionAsync(Writable, key, n => Task.FromResult(action(n)), cancellationToken);

    private static IReadOnlyList<string> Texts(ODataActionParameters? parameters, string name) =>
        parameters is not null && parameters.TryGetValue(name, out var value) && value is IEnumerable<string> texts ? [.. texts] : [];
}
