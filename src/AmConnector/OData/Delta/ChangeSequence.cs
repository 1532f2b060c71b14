using AmConnector.AuditTrail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AmConnector.OData.Delta;

/// <summary>
/// The <c>ChangeSequence</c> column behind OData delta links (ADR-013): on every insert and update of
/// a tracked record it takes the <see cref="AuditEvent.Sequence"/> of the record's audit event, which
/// the same SaveChanges allocates under the audit chain-head lock. One counter for the whole
/// database, gap-free, committed in order, so a reader never misses a change at a page boundary.
/// A shadow property: it is plumbing for delta links, not part of the entities' OData shape.
/// </summary>
internal static class ChangeSequence
{
    public const string Property = "ChangeSequence";

    /// <summary>The entity sets that answer <c>Prefer: odata.track-changes</c>.</summary>
    private static readonly Type[] Tracked =
        [typeof(Lots.Lot), typeof(Materials.Material), typeof(Certificates.Certificate), typeof(ChangeNotices.ChangeNotice)];

    public static void Configure(ModelBuilder modelBuilder)
    {
        foreach (var type in Tracked)
        {
            var entity = modelBuilder.Entity(type);
            entity.Property<long>(Property).HasDefaultValue(0L);
            // Delta reads filter and page on it; Power BI's incremental refresh filters ModifiedAt ranges.
            entity.HasIndex(Property);
            entity.HasIndex(nameof(Common.AmEntity.ModifiedAt));
        }
    }

    public static bool IsTracked(DbContext db, Type clrType) =>
        db.Model.FindEntityType(clrType)?.FindProperty(Property) is not null;

    /// <summary>
    /// Gives each tracked record its audit event's sequence. A change to a child the record shows
    /// through a navigation (a lot's hold, a certificate's result, a signature) moves its parent too
    /// when the parent is loaded, so a delta reader sees the parent again.
    /// </summary>
    public static void Stamp(DbContext db, IReadOnlyList<EntityEntry> entries, IReadOnlyList<AuditEvent> events)
    {
        Dictionary<(Type, Guid), EntityEntry>? parents = null;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var sequence = events[i].Sequence;
            if (entry.Metadata.FindProperty(Property) is not null)
            {
                Raise(entry, sequence);
                continue;
            }

            foreach (var foreignKey in entry.Metadata.GetForeignKeys())
            {
                if (foreignKey.PrincipalEntityType.FindProperty(Property) is null || foreignKey.PrincipalToDependent is null ||
                    foreignKey.Properties.Count != 1 || entry.Property(foreignKey.Properties[0].Name).CurrentValue is not Guid parentId)
                {
                    continue;
                }

                // Built once per save, and only when a child changed: saves can hold thousands of entries (the demo seed).
                parents ??= db.ChangeTracker.Entries<Common.AmEntity>()
                    .Where(e => e.Metadata.FindProperty(Property) is not null)
                    .ToDictionary(e => (e.Metadata.ClrType, e.Entity.Id), e => (EntityEntry)e);
                if (parents.TryGetValue((foreignKey.PrincipalEntityType.ClrType, parentId), out var parent))
                {
                    Raise(parent, sequence);
                }
            }
        }
    }

    private static void Raise(EntityEntry entry, long sequence)
    {
        var property = entry.Property(Property);
        if (property.CurrentValue is not long current || current < sequence)
        {
            property.CurrentValue = sequence;
        }
    }
}
