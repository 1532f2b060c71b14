using System.Text.Json;
using AmConnector.AuditTrail;
using AmConnector.Common;
using AmConnector.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AmConnector.Signatures;

/// <summary>
/// Keeps the signature/record link honest (21 CFR 11.70): when a signed record changes, each of its
/// valid signatures whose signed content is no longer the record's is marked invalid, naming the
/// fields, in the same save (so the audit trail records it). A pending signature that the save
/// completes signed exactly the new content, so it stays valid. Runs before stamping and auditing.
/// </summary>
internal sealed class SignatureInvalidationInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AmConnectorDbContext db)
        {
            return result;
        }

        using var detected = db.ChangeTracker.DetectOnce();
        var changed = db.ChangeTracker.Entries<AmEntity>()
            .Where(e => e.State is EntityState.Modified or EntityState.Unchanged && SignedFields.IsSignable(e.Entity) && AuditedValues.HasChanges(e))
            .ToDictionary(e => e.Entity.Id, e => e.Entity);
        if (changed.Count == 0)
        {
            return result;
        }

        var keys = changed.Keys.ToList();
        var signatures = await db.Set<Signature>().IgnoreQueryFilters([AmConnectorDbContext.SupplierScopeFilter])
            .Where(s => s.IsValid && keys.Contains(s.EntityKey))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var signature in signatures)
        {
            var record = changed[signature.EntityKey];
            var current = SignedContent.Of(signature.EntityType, record.Id, signature.Action, signature.Meaning, SignedFields.Of(record));
            if (SignedContent.HashOf(current) != signature.ContentHash)
            {
                signature.IsValid = false;
                signature.InvalidatedAt = now;
                signature.InvalidationReason = $"The {signature.EntityType} changed after signing: {string.Join(", ", ChangedFields(signature.Content, current))}.";
            }
        }

        return result;
    }

    /// <summary>The fields whose text differs between the signed content and the record's content now.</summary>
    private static List<string> ChangedFields(string signed, string current)
    {
        using var before = JsonDocument.Parse(signed);
        using var after = JsonDocument.Parse(current);
        var old = before.RootElement.GetProperty("fields").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString());
        return after.RootElement.GetProperty("fields").EnumerateObject()
            .Where(p => !old.TryGetValue(p.Name, out var value) || value != p.Value.ToString())
            .Select(p => p.Name)
            .ToList();
    }
}
