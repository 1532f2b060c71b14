using System.Diagnostics;
using System.Security.Claims;
using AmConnector.Common;
using AmConnector.Data;
using AmConnector.Security;
using AmConnector.Security.ApiKeys;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace AmConnector.AuditTrail;

/// <summary>
/// Writes one <see cref="AuditEvent"/> per changed record into the same SaveChanges, chained by
/// hash. Appends are serialised by updating the chain-head row first inside the save's
/// transaction (ADR-006): the second writer waits for the first to commit, then reads the new head.
/// A GMP-relevant change without a reason is refused here, so no write path can skip the rule.
/// </summary>
internal sealed class AuditInterceptor(IHttpContextAccessor http, IOptions<AmConnectorOptions> options, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, IDbContextTransaction> OwnedTransactions = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new NotSupportedException("AmConnector saves asynchronously; the audit trail needs SaveChangesAsync.");

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AmConnectorDbContext db)
        {
            return result;
        }

        // Detected once, after signatures and stamping: the entries, their owned data and the delta stamps below read the same state.
        using var detected = db.ChangeTracker.DetectOnce();
        var entries = db.ChangeTracker.Entries().Where(IsAudited).Where(AuditedValues.HasChanges).ToList();
        if (entries.Count == 0)
        {
            return result;
        }

        var reason = db.Audit.Reason ?? http.HttpContext?.Request.Headers[AuditScope.ReasonHeader].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(reason))
        {
            var gmp = db.ChangeTracker.Entries().Select(GmpRelevance.Of).FirstOrDefault(c => c is not null);
            if (gmp is not null)
            {
                throw new MissingReasonException(gmp);
            }
        }

        if (db.Database.CurrentTransaction is null)
        {
            OwnedTransactions.AddOrUpdate(db, await db.Database.BeginTransactionAsync(cancellationToken));
        }

        var actor = Actor(db);
        var drafts = entries.Select(entry =>
        {
            var (oldValues, newValues) = AuditedValues.Of(entry);
            var audit = new AuditEvent
            {
                EntityType = entry.Metadata.ClrType.Name,
                EntityKey = Key(entry),
                NaturalKey = NaturalKey(entry.Entity),
                Action = ActionOf(entry),
                OldValues = oldValues,
                NewValues = newValues,
                Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
                ClientId = actor.ClientId,
                Subject = actor.Subject,
                PersonName = actor.Name,
                SupplierCode = actor.Supplier ?? (entry.Entity as ISupplierOwned)?.SupplierCode,
                CorrelationId = Activity.Current?.Id,
                InboundEventId = db.Audit.InboundEventId,
            };
            AuditHistoryLinks.Link(audit, entry.Entity);
            return audit;
        }).ToList();
        await AuditChain.AppendAsync(db, drafts, clock.GetUtcNow(), cancellationToken);
        // After the events have their sequences: the same numbers mark the records for delta links (ADR-013).
        OData.Delta.ChangeSequence.Stamp(db, entries, drafts);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Reset(eventData.Context);
        if (eventData.Context is { } db && OwnedTransactions.TryGetValue(db, out var transaction))
        {
            OwnedTransactions.Remove(db);
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Reset(eventData.Context);
        if (eventData.Context is { } db && OwnedTransactions.TryGetValue(db, out var transaction))
        {
            OwnedTransactions.Remove(db);
            await transaction.RollbackAsync(cancellationToken);
            await transaction.DisposeAsync();
        }
    }

    /// <summary>
    /// A reason belongs to one save: the sub-requests of a $batch share one context, and the next
    /// one must not inherit the reason of the last.
    /// </summary>
    private static void Reset(DbContext? context)
    {
        if (context is AmConnectorDbContext db)
        {
            db.Audit.Reason = null;
            db.Audit.InboundEventId = null;
        }
    }

    /// <summary>Records of the AM data, API keys and token-server clients; never the audit trail, the outbox or issued tokens.</summary>
    private static bool IsAudited(EntityEntry entry) =>
        !entry.Metadata.IsOwned() &&
        (entry.Entity is AmEntity || entry.Metadata.ClrType.Name.StartsWith("OpenIddictEntityFrameworkCoreApplication", StringComparison.Ordinal));

    private static AuditAction ActionOf(EntityEntry entry) => entry.State switch
    {
        EntityState.Added => AuditAction.Insert,
        EntityState.Deleted => AuditAction.Delete,
        _ when entry.Metadata.FindProperty("Status") is { } status && entry.Property(status.Name).IsModified &&
               !Equals(entry.Property(status.Name).OriginalValue, entry.Property(status.Name).CurrentValue) => AuditAction.StatusChange,
        _ => AuditAction.Update,
    };

    private static string Key(EntityEntry entry) =>
        string.Join("|", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    private static string? NaturalKey(object entity) => entity switch
    {
        Suppliers.Supplier s => s.Code,
        Materials.Material m => $"{m.SupplierCode}/{m.CatalogueNumber}",
        Lots.Lot l => $"{l.SupplierCode}/{l.CatalogueNumber}/{l.LotNumber}",
        Certificates.Certificate c => $"{c.SupplierCode}/{c.Type}/{c.DocumentNumber}",
        ChangeNotices.ChangeNotice n => $"{n.SupplierCode}/{n.SupplierReference}",
        ApiKey k => k.Prefix,
        _ => null,
    };

    internal (string ClientId, string? Subject, string? Name, string? Supplier) Actor(AmConnectorDbContext db)
    {
        if (http.HttpContext?.User is { Identity.IsAuthenticated: true } user)
        {
            var caller = Caller.From(user, options.Value.Auth);
            return (caller.ClientId ?? "unknown", user.FindFirstValue("sub"), user.FindFirstValue("name"), caller.SupplierCode);
        }

        return (db.Audit.SystemActor ?? "system", null, null, db.Audit.SupplierCode);
    }
}
