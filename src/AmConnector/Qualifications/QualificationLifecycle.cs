using AmConnector.Common;
using AmConnector.Data;
using AmConnector.Outbox;

namespace AmConnector.Qualifications;

/// <summary>
/// Status changes of a qualification and its checklist (domain.md §4.2). Completion needs every
/// activity done or waived with a reason. Nothing here saves; the caller does.
/// </summary>
internal sealed class QualificationLifecycle(AmConnectorDbContext db, OutboxWriter outbox, TimeProvider clock)
{
    public ActionOutcome ChangeStatus(Qualification qualification, QualificationStatus to, string? reason, string? conditions = null)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ActionOutcome.Invalid(new FieldError("reason", $"is required: say why the qualification becomes {to}."));
        }

        if (to == QualificationStatus.ConditionallyQualified && string.IsNullOrWhiteSpace(conditions))
        {
            return ActionOutcome.Invalid(new FieldError("conditions", "are required for a conditional qualification."));
        }

        var from = qualification.Status;
        if (!QualificationTransitions.IsAllowed(from, to))
        {
            return ActionOutcome.Refused(QualificationTransitions.Refusal(from, to), [new FieldError("Status", $"{from} → {to} is not a transition of the qualification lifecycle.")]);
        }

        if (to is QualificationStatus.Qualified or QualificationStatus.ConditionallyQualified)
        {
            var open = qualification.Activities.Where(a => a.Status == ActivityStatus.Open).Select(a => new FieldError($"Activities/{a.Kind}", "is still open: complete it or waive it with a reason.")).ToList();
            if (open.Count > 0)
            {
                return ActionOutcome.Refused($"The qualification cannot be completed: {open.Count} checklist activities are open.", open);
            }

            qualification.QualifiedAt = clock.GetUtcNow();
            qualification.Conditions = to == QualificationStatus.ConditionallyQualified ? conditions!.Trim() : null;
        }

        Apply(qualification, to, reason.Trim());
        return ActionOutcome.Done;
    }

    /// <summary>Moves a Qualified or ConditionallyQualified qualification to RequalificationRequired; others are left alone.</summary>
    public bool RequireRequalification(Qualification qualification, string reason)
    {
        if (!QualificationTransitions.IsAllowed(qualification.Status, QualificationStatus.RequalificationRequired))
        {
            return false;
        }

        Apply(qualification, QualificationStatus.RequalificationRequired, reason);
        return true;
    }

    public ActionOutcome RecordActivity(Qualification qualification, Guid activityId, ActivityStatus status, string? evidenceOrReason, string actor)
    {
        var activity = qualification.Activities.FirstOrDefault(a => a.Id == activityId);
        if (activity is null)
        {
            return ActionOutcome.Invalid(new FieldError("activityId", $"{activityId} is not an activity of this qualification."));
        }

        if (string.IsNullOrWhiteSpace(evidenceOrReason))
        {
            return ActionOutcome.Invalid(status == ActivityStatus.Waived
                ? new FieldError("reason", "is required: a waiver states why the activity is not needed.")
                : new FieldError("evidence", "is required: the reference of the record that shows the activity was done."));
        }

        if (qualification.Status is not (QualificationStatus.NotStarted or QualificationStatus.InProgress or QualificationStatus.RequalificationRequired))
        {
            return ActionOutcome.Refused($"The checklist of a {qualification.Status} qualification is closed.");
        }

        activity.Status = status;
        activity.EvidenceReference = status == ActivityStatus.Done ? evidenceOrReason.Trim() : null;
        activity.WaiverReason = status == ActivityStatus.Waived ? evidenceOrReason.Trim() : null;
        activity.CompletedAt = clock.GetUtcNow();
        activity.CompletedBy = actor;
        db.Audit.Reason = evidenceOrReason.Trim();
        return ActionOutcome.Done;
    }

    private void Apply(Qualification qualification, QualificationStatus to, string reason)
    {
        var from = qualification.Status;
        qualification.Status = to;
        qualification.StatusReason = reason;
        db.Audit.Reason ??= reason;
        if (to == QualificationStatus.RequalificationRequired)
        {
            outbox.Add(db, EventTypes.RequalificationRequired, $"qualifications/{qualification.SupplierCode}/{qualification.Id}",
                new { qualificationId = qualification.Id, qualification.MaterialId, qualification.SupplierCode, qualification.UseContext, from, reason },
                qualification.SupplierCode);
        }
    }
}
