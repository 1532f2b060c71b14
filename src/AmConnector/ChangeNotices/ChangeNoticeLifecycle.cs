using AmConnector.Common;
using AmConnector.Data;
using AmConnector.Lots;
using AmConnector.Outbox;
using AmConnector.Qualifications;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.ChangeNotices;

/// <summary>
/// The user-side lifecycle of a change notice (domain.md §4.3, §5.5). Nothing here saves: the caller
/// commits the notice, every record an action touches and every event in one SaveChanges, so a
/// decision is applied whole or not at all.
/// </summary>
internal sealed class ChangeNoticeLifecycle(
    AmConnectorDbContext db, OutboxWriter outbox, QualificationLifecycle qualifications, LotLifecycle lots,
    IHostChangeControlRequester hostChangeControl, TimeProvider clock)
{
    private static readonly ChangeNoticeStatus[] Decisions = [ChangeNoticeStatus.Accepted, ChangeNoticeStatus.AcceptedWithActions, ChangeNoticeStatus.Rejected];

    private static readonly ChangeNoticeStatus[] Assessable = [ChangeNoticeStatus.Received, ChangeNoticeStatus.Triaged, ChangeNoticeStatus.UnderAssessment];

    /// <summary>Triage, StartAssessment, MarkImplemented, Close: a plain transition. Triage acknowledges the notice to the supplier.</summary>
    public ActionOutcome Transition(ChangeNotice notice, ChangeNoticeStatus to, string? reason, string actor)
    {
        if (Refusal(notice, to) is { } refused)
        {
            return refused;
        }

        // A transition other than the decision needs no reason of its own; the audit trail still gets one.
        Apply(notice, to, string.IsNullOrWhiteSpace(reason) ? $"{to} by {actor}." : reason.Trim());
        if (to == ChangeNoticeStatus.Triaged)
        {
            ChangeNoticeEvents.Acknowledged(db, outbox, notice, "triaged", clock.GetUtcNow());
        }

        return ActionOutcome.Done;
    }

    /// <summary>
    /// QA's decision: records impact, decision, actions, reason, assessor and time, applies the actions
    /// (qualifications → RequalificationRequired, open lots → hold, host change control) and announces
    /// <c>am.change-notice.assessed</c>. Any failing action refuses the whole decision. The one place a
    /// signature gate goes in front of.
    /// </summary>
    public async Task<ActionOutcome> DecideAsync(ChangeNotice notice, NoticeDecision decision, string actor, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var to = ParseDecision(decision.Decision, errors);
        Check.Required(errors, "impact", decision.Impact);
        if (string.IsNullOrWhiteSpace(decision.Reason))
        {
            errors.Add(new FieldError("reason", "is required: a decision on a change notice is GMP-relevant (domain.md §5.7)."));
        }

        var actions = ParseActions(decision.Actions, errors);
        if (to == ChangeNoticeStatus.AcceptedWithActions && actions.Count == 0 && errors.Count == 0)
        {
            errors.Add(new FieldError("actions", $"AcceptedWithActions needs at least one of {string.Join(", ", Enum.GetNames<NoticeAction>())}."));
        }
        else if (to is ChangeNoticeStatus.Accepted or ChangeNoticeStatus.Rejected && actions.Count > 0)
        {
            errors.Add(new FieldError("actions", $"a decision of {to} takes no actions; decide AcceptedWithActions to apply them."));
        }

        if (errors.Count > 0 || to is null)
        {
            return ActionOutcome.Invalid([.. errors]);
        }

        if (Refusal(notice, to.Value) is { } refused)
        {
            return refused;
        }

        var reason = decision.Reason!.Trim();
        notice.Assessment.Impact = decision.Impact!.Trim();
        notice.Assessment.Decision = to.Value.ToString();
        notice.Assessment.ChosenActions = [.. actions];
        notice.Assessment.Reason = reason;
        notice.Assessment.AssessedBy = actor;
        notice.Assessment.AssessedAt = clock.GetUtcNow();
        Apply(notice, to.Value, reason);

        var because = $"Change notice {notice.SupplierCode}/{notice.SupplierReference} v{notice.Version} decided {to}: {reason}";
        // Hold and qualification reasons are bounded columns (2000 characters).
        because = because.Length > 2000 ? because[..1999] + "…" : because;
        foreach (var action in actions)
        {
            var outcome = action switch
            {
                NoticeAction.RequireRequalification => await RequireRequalificationAsync(notice, because, cancellationToken),
                NoticeAction.HoldLots => await HoldLotsAsync(notice, because, actor, cancellationToken),
                _ => await OpenHostChangeControlAsync(notice, cancellationToken),
            };
            if (outcome.Result != ActionOutcome.Kind.Done)
            {
                return outcome;
            }
        }

        ChangeNoticeEvents.Assessed(db, outbox, notice);
        return ActionOutcome.Done;
    }

    /// <summary>Asks the supplier for more (missing data-package items, clarifications) while the notice is being assessed.</summary>
    public ActionOutcome RequestInformation(ChangeNotice notice, IReadOnlyList<string> items, string? message, string actor)
    {
        var asked = items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var errors = new List<FieldError>();
        if (asked.Count == 0)
        {
            errors.Add(new FieldError("items", "name at least one item to ask for, e.g. a missing data-package item's code."));
        }

        Check.Required(errors, "message", message);
        if (errors.Count > 0)
        {
            return ActionOutcome.Invalid([.. errors]);
        }

        if (!Assessable.Contains(notice.Status))
        {
            return ActionOutcome.Refused(
                $"Information is requested while a notice is {string.Join(", ", Assessable)}; this one is {notice.Status}.",
                [new FieldError("Status", $"{notice.Status} is not an assessable state.")]);
        }

        var request = new InformationRequest
        {
            Items = asked, Message = message!.Trim(), RequestedAt = clock.GetUtcNow(), RequestedBy = actor, Version = notice.Version,
        };
        notice.InformationRequests = [.. notice.InformationRequests, request];
        db.Audit.Reason ??= $"Information requested from {notice.SupplierCode}: {request.Message}";
        ChangeNoticeEvents.InformationRequested(db, outbox, notice, request);
        return ActionOutcome.Done;
    }

    private static ActionOutcome? Refusal(ChangeNotice notice, ChangeNoticeStatus to) =>
        ChangeNoticeTransitions.IsAllowed(notice.Status, to)
            ? null
            : ActionOutcome.Refused(ChangeNoticeTransitions.Refusal(notice.Status, to),
                [new FieldError("Status", $"{notice.Status} → {to} is not a transition of the change-notice lifecycle.")]);

    private void Apply(ChangeNotice notice, ChangeNoticeStatus to, string reason)
    {
        notice.Status = to;
        notice.StatusReason = reason;
        db.Audit.Reason = reason;
    }

    private async Task<ActionOutcome> RequireRequalificationAsync(ChangeNotice notice, string because, CancellationToken cancellationToken)
    {
        var materialIds = await AffectedMaterialIdsAsync(notice, cancellationToken);
        var affected = await db.Qualifications.Where(q => materialIds.Contains(q.MaterialId)).ToListAsync(cancellationToken);
        foreach (var qualification in affected)
        {
            // Only Qualified and ConditionallyQualified ones move; the others are not yet (or no longer) qualified.
            qualifications.RequireRequalification(qualification, because);
        }

        return ActionOutcome.Done;
    }

    /// <summary>Holds the lots the proposal marked (named, or made after the change date); with none marked, every open affected lot.</summary>
    private async Task<ActionOutcome> HoldLotsAsync(ChangeNotice notice, string because, string actor, CancellationToken cancellationToken)
    {
        var materialIds = await AffectedMaterialIdsAsync(notice, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var open = await db.Lots.Include(l => l.Holds)
            .Where(l => materialIds.Contains(l.MaterialId) &&
                        (l.Status == LotStatus.Quarantine || l.Status == LotStatus.Released || l.Status == LotStatus.ConditionallyReleased) &&
                        (l.ExpiresOn == null || l.ExpiresOn >= today))
            .ToListAsync(cancellationToken);
        var marked = notice.Proposal.AffectedLots.Where(l => l.HoldProposed).Select(l => l.LotId).ToHashSet();
        var toHold = open.Any(l => marked.Contains(l.Id)) ? open.Where(l => marked.Contains(l.Id)).ToList() : open;
        foreach (var lot in toHold)
        {
            var outcome = lots.PlaceHold(lot, because, actor, HoldSource.ChangeNotice);
            if (outcome.Result != ActionOutcome.Kind.Done)
            {
                return outcome;
            }

            lot.Holds[^1].SourceReference = $"{notice.SupplierCode}/{notice.SupplierReference}";
        }

        return ActionOutcome.Done;
    }

    private async Task<ActionOutcome> OpenHostChangeControlAsync(ChangeNotice notice, CancellationToken cancellationToken)
    {
        var result = await hostChangeControl.RequestAsync(db, notice, cancellationToken);
        if (!result.Succeeded)
        {
            return ActionOutcome.Refused(
                $"The host QMS change control could not be requested ({result.Error}); the decision was not stored and no action was applied.",
                [new FieldError("actions", $"{NoticeAction.OpenHostChangeControl} failed: {result.Error}")]);
        }

        notice.Assessment.HostChangeControlReference = result.Reference ?? notice.Assessment.HostChangeControlReference;
        return ActionOutcome.Done;
    }

    private Task<List<Guid>> AffectedMaterialIdsAsync(ChangeNotice notice, CancellationToken cancellationToken) =>
        db.ChangeNotices.Where(n => n.Id == notice.Id).SelectMany(n => n.AffectedMaterials).Select(m => m.Id).ToListAsync(cancellationToken);

    private static ChangeNoticeStatus? ParseDecision(string? decision, List<FieldError> errors)
    {
        if (Enum.TryParse<ChangeNoticeStatus>(decision?.Trim(), ignoreCase: true, out var to) && Decisions.Contains(to))
        {
            return to;
        }

        errors.Add(new FieldError("decision", $"must be one of {string.Join(", ", Decisions)}; was '{decision}'."));
        return null;
    }

    private static List<NoticeAction> ParseActions(IReadOnlyList<string> names, List<FieldError> errors)
    {
        var actions = new List<NoticeAction>();
        for (var i = 0; i < names.Count; i++)
        {
            if (Enum.TryParse<NoticeAction>(names[i]?.Trim(), ignoreCase: true, out var action) && Enum.IsDefined(action) && !int.TryParse(names[i], out _))
            {
                if (!actions.Contains(action))
                {
                    actions.Add(action);
                }
            }
            else
            {
                errors.Add(new FieldError($"actions[{i}]", $"'{names[i]}' is not an action; use {string.Join(", ", Enum.GetNames<NoticeAction>())}."));
            }
        }

        return actions;
    }
}
