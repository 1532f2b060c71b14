using AmConnector.Common;
using AmConnector.Data;
using AmConnector.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Lots;

/// <summary>
/// Status changes and holds of a lot (domain.md §4.1). Each change records its reason and writes
/// its outbox event in the same SaveChanges; nothing here saves, the caller does.
/// </summary>
internal sealed class LotLifecycle(AmConnectorDbContext db, OutboxWriter outbox, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<ActionOutcome> ChangeStatusAsync(Lot lot, LotStatus to, string? reason, string? conditions, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ActionOutcome.Invalid(new FieldError("reason", $"is required: say why the lot becomes {to}."));
        }

        if (to == LotStatus.ConditionallyReleased && string.IsNullOrWhiteSpace(conditions))
        {
            return ActionOutcome.Invalid(new FieldError("conditions", "are required for a conditional release."));
        }

        var from = lot.Status;
        if (!LotTransitions.IsAllowed(from, to))
        {
            return ActionOutcome.Refused(LotTransitions.Refusal(from, to), [new FieldError("Status", $"{from} → {to} is not a transition of the lot lifecycle.")]);
        }

        if (to is LotStatus.Released or LotStatus.ConditionallyReleased)
        {
            var material = await db.Materials.AsNoTracking().SingleAsync(m => m.Id == lot.MaterialId, cancellationToken);
            var certificates = await db.Certificates.AsNoTracking().Include(c => c.Lots)
                .Where(c => c.MaterialId == lot.MaterialId).ToListAsync(cancellationToken);
            var unmet = ReleaseGate.Check(lot, material, certificates, Today);
            if (unmet.Count > 0)
            {
                return ActionOutcome.Refused($"Lot {lot.LotNumber} cannot be released: {string.Join(" ", unmet.Select(e => e.Message))}", unmet);
            }
        }

        lot.Status = to;
        lot.StatusReason = reason.Trim();
        db.Audit.Reason = lot.StatusReason;
        lot.ReleaseConditions = to == LotStatus.ConditionallyReleased ? conditions!.Trim() : lot.ReleaseConditions;
        StatusChanged(db, outbox, lot, from);
        return ActionOutcome.Done;
    }

    public ActionOutcome PlaceHold(Lot lot, string? reason, string placedBy, HoldSource source = HoldSource.Person)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ActionOutcome.Invalid(new FieldError("reason", "is required: say why the lot is held."));
        }

        var hold = new LotHold
        {
            LotId = lot.Id,
            Reason = reason.Trim(),
            Source = source,
            PlacedBy = placedBy,
            PlacedAt = clock.GetUtcNow(),
        };
        lot.Holds.Add(hold);
        db.Audit.Reason ??= hold.Reason;
        HoldChanged(lot, hold, "placed");
        return ActionOutcome.Done;
    }

    public ActionOutcome LiftHold(Lot lot, Guid holdId, string? reason, string liftedBy)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ActionOutcome.Invalid(new FieldError("reason", "is required: say why the hold is lifted."));
        }

        var hold = lot.Holds.FirstOrDefault(h => h.Id == holdId);
        if (hold is null)
        {
            return ActionOutcome.Invalid(new FieldError("holdId", $"{holdId} is not a hold of lot {lot.LotNumber}."));
        }

        if (hold.LiftedAt is not null)
        {
            return ActionOutcome.Refused($"The hold {holdId} was already lifted on {hold.LiftedAt:O}.");
        }

        hold.LiftedAt = clock.GetUtcNow();
        hold.LiftedBy = liftedBy;
        hold.LiftReason = reason.Trim();
        db.Audit.Reason = hold.LiftReason;
        HoldChanged(lot, hold, "lifted");
        return ActionOutcome.Done;
    }

    private void HoldChanged(Lot lot, LotHold hold, string change) =>
        outbox.Add(db, EventTypes.LotHoldChanged, Subject(lot),
            new
            {
                lotId = lot.Id, lot.SupplierCode, lot.CatalogueNumber, lot.LotNumber, holdId = hold.Id, change,
                reason = change == "placed" ? hold.Reason : hold.LiftReason, source = hold.Source,
                activeHolds = lot.Holds.Count(h => h.LiftedAt is null),
            },
            lot.SupplierCode, lot.CatalogueNumber);

    /// <summary><c>am.lot.status-changed</c> for a lot whose status just moved from <paramref name="from"/>; one shape for every cause.</summary>
    public static void StatusChanged(AmConnectorDbContext db, OutboxWriter outbox, Lot lot, LotStatus from) =>
        outbox.Add(db, EventTypes.LotStatusChanged, Subject(lot),
            new { lotId = lot.Id, lot.SupplierCode, lot.CatalogueNumber, lot.LotNumber, from, to = lot.Status, reason = lot.StatusReason, conditions = lot.ReleaseConditions },
            lot.SupplierCode, lot.CatalogueNumber);

    public static string Subject(Lot lot) => $"lots/{lot.SupplierCode}/{lot.CatalogueNumber}/{lot.LotNumber}";
}
