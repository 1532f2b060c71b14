using AmConnector.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AmConnector.Data;

/// <summary>
/// Sets <see cref="AmEntity.CreatedAt"/>, <see cref="AmEntity.ModifiedAt"/> and bumps
/// <see cref="AmEntity.Revision"/> on every save, from the injected clock. A change to an owned
/// part (an address, a JSON collection) counts as a change of its owner, so its ETag moves too.
/// </summary>
internal sealed class EntityStampingInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        using var detected = context.ChangeTracker.DetectOnce();
        foreach (var entry in context.ChangeTracker.Entries<AmEntity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.CreatedAt = now;
                    entry.Entity.ModifiedAt = now;
                    entry.Entity.Revision = 1;
                    break;
                case EntityState.Modified:
                    Touch(entry, now);
                    break;
                case EntityState.Unchanged when HasChangedOwnedData(entry):
                    Touch(entry, now);
                    break;
                default:
                    break;
            }
        }
    }

    private static void Touch(EntityEntry<AmEntity> entry, DateTimeOffset now)
    {
        entry.Entity.ModifiedAt = now;
        // The original value stays what was read (or what If-Match said): EF's UPDATE … WHERE Revision = @original
        // is the optimistic-concurrency check.
        entry.Entity.Revision = (long)entry.Property(e => e.Revision).OriginalValue! + 1;
    }

    private static bool HasChangedOwnedData(EntityEntry entry)
    {
        foreach (var reference in entry.References)
        {
            if (reference.Metadata.TargetEntityType.IsOwned() && reference.TargetEntry is { } target &&
                (target.State is EntityState.Added or EntityState.Modified or EntityState.Deleted || HasChangedOwnedData(target)))
            {
                return true;
            }
        }

        foreach (var collection in entry.Collections)
        {
            if (collection.Metadata.TargetEntityType.IsOwned() && collection.CurrentValue is { } items &&
                items.Cast<object>().Any(item => entry.Context.Entry(item).State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                return true;
            }
        }

        return false;
    }
}
