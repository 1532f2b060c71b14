using AmConnector.Lots;
using AmConnector.Materials;
using AmConnector.Qualifications;
using AmConnector.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AmConnector.AuditTrail;

/// <summary>
/// The changes that need a reason (domain.md §5.7): lot status, qualification status, risk, notice
/// decisions and tier overrides. Returns what the change is, for the error, or null.
/// </summary>
internal static class GmpRelevance
{
    public static string? Of(EntityEntry entry) => entry.Entity switch
    {
        Lot when Changed(entry, nameof(Lot.Status)) => "a change of a lot's status",
        Qualification when Changed(entry, nameof(Qualification.Status)) => "a change of a qualification's status",
        RiskAssessment when entry.State is EntityState.Added or EntityState.Modified => "a risk assessment",
        UspTierAssessment when Changed(entry, nameof(UspTierAssessment.Override)) => "an override of the USP <1043> tier",
        ChangeNotices.ChangeNotice when Changed(entry, nameof(ChangeNotices.ChangeNotice.Status)) && entry.State == EntityState.Modified => "a decision on a change notice",
        _ => null,
    };

    private static bool Changed(EntityEntry entry, string property) =>
        entry.State == EntityState.Modified && entry.Property(property).IsModified &&
        !Equals(entry.Property(property).OriginalValue, entry.Property(property).CurrentValue);
}
