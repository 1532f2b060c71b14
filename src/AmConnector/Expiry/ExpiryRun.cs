using AmConnector.Certificates;
using AmConnector.Data;
using AmConnector.Lots;
using AmConnector.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AmConnector.Expiry;

/// <summary>
/// One pass of the daily expiry job: released lots past their expiry date become Expired (with
/// <c>am.lot.status-changed</c>), and each certificate entering its warning window is announced
/// once with <c>am.certificate.expiring</c>. Reads already treat both as expired or lapsed; this
/// persists it and tells subscribers. Safe on several instances: each change is an optimistic-
/// concurrency update, so a second instance doing the same pass loses the race and skips the row.
/// </summary>
internal sealed class ExpiryRun(AmConnectorDbContext db, OutboxWriter outbox, TimeProvider clock, IOptions<AmConnectorOptions> options)
{
    public async Task<(int ExpiredLots, int AnnouncedCertificates)> RunAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var expired = 0;
        db.Audit.SystemActor = "system:expiry";
        // Lots already read as Expired through the view (LotConfiguration.ReadView); their stored status is in the table.
        var lots = await db.Lots.FromSql($"SELECT *, Status AS EffectiveStatus FROM Lots").AsNoTracking()
            .Where(l => (l.Status == LotStatus.Released || l.Status == LotStatus.ConditionallyReleased) && l.ExpiresOn < today)
            .ToListAsync(cancellationToken);
        foreach (var lot in lots)
        {
            db.Attach(lot);
            var from = lot.Status;
            lot.Status = LotStatus.Expired;
            lot.StatusReason = $"Expiry date {lot.ExpiresOn:yyyy-MM-dd} passed.";
            db.Audit.Reason = lot.StatusReason;
            LotLifecycle.StatusChanged(db, outbox, lot, from);
            expired += await SaveOneAsync(cancellationToken);
        }

        var horizon = today.AddDays(options.Value.Expiry.CertificateWarningDays);
        var announced = 0;
        var certificates = await db.Certificates.Include(c => c.Material)
            .Where(c => c.ValidUntil != null && c.ValidUntil <= horizon && c.ValidUntil >= today && c.ExpiryAnnouncedOn == null)
            .ToListAsync(cancellationToken);
        foreach (var certificate in certificates)
        {
            certificate.ExpiryAnnouncedOn = today;
            db.Audit.Reason = $"Valid until {certificate.ValidUntil:yyyy-MM-dd}: announced as expiring.";
            outbox.Add(db, EventTypes.CertificateExpiring, $"certificates/{certificate.SupplierCode}/{certificate.Material!.CatalogueNumber}/{certificate.DocumentNumber ?? certificate.Id.ToString()}",
                new
                {
                    certificateId = certificate.Id, certificate.SupplierCode, certificate.Material.CatalogueNumber, certificate.DocumentNumber, type = certificate.Type,
                    validUntil = certificate.ValidUntil, daysLeft = certificate.ValidUntil!.Value.DayNumber - today.DayNumber,
                },
                certificate.SupplierCode, certificate.Material.CatalogueNumber);
            announced += await SaveOneAsync(cancellationToken);
        }

        return (expired, announced);
    }

    /// <summary>Saves one record and its event; another instance that got there first wins, and this one moves on.</summary>
    private async Task<int> SaveOneAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return 0;
        }
    }
}
