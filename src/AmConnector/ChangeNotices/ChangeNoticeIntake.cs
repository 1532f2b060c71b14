using AmConnector.Common;
using AmConnector.Data;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.ChangeNotices;

/// <summary>
/// PROVISIONAL (integration seam): replaced by the change-notice intake of the lifecycle work, which adds
/// lead time, completeness, impact and announcements. Adds to the change set only; never saves.
/// </summary>
internal sealed class ChangeNoticeIntake(TimeProvider clock)
{
    public async Task<ChangeNoticeIntakeResult> PublishAsync(AmConnectorDbContext db, ChangeNotice incoming, string payloadJson, CancellationToken cancellationToken)
    {
        if (await db.ChangeNotices.AnyAsync(n => n.SupplierId == incoming.SupplierId && n.SupplierReference == incoming.SupplierReference, cancellationToken))
        {
            return new(null, [new FieldError("/data/supplierReference", $"{incoming.SupplierReference} was published before; send am.change-notice.revised.")], IsConflict: true);
        }

        incoming.Versions.Add(new ChangeNoticeVersion { Version = incoming.Version, ReceivedAt = clock.GetUtcNow(), Title = incoming.Title, Payload = payloadJson });
        db.ChangeNotices.Add(incoming);
        return new(incoming, []);
    }

    public async Task<ChangeNoticeIntakeResult> ReviseAsync(AmConnectorDbContext db, ChangeNotice incoming, string payloadJson, CancellationToken cancellationToken)
    {
        var notice = await db.ChangeNotices.FirstOrDefaultAsync(n => n.SupplierId == incoming.SupplierId && n.SupplierReference == incoming.SupplierReference, cancellationToken);
        if (notice is null)
        {
            return new(null, [new FieldError("/data/supplierReference", $"{incoming.SupplierReference} is not a notice received here.")]);
        }

        if (incoming.Version <= notice.Version)
        {
            return new(null, [new FieldError("/data/version", $"version {incoming.Version} is not higher than the stored version {notice.Version}.")], IsConflict: true);
        }

        notice.Version = incoming.Version;
        notice.Title = incoming.Title;
        db.Set<ChangeNoticeVersion>().Add(new ChangeNoticeVersion { ChangeNoticeId = notice.Id, Version = incoming.Version, ReceivedAt = clock.GetUtcNow(), Title = incoming.Title, Payload = payloadJson });
        return new(notice, []);
    }

#pragma warning disable CA1822 // provisional; the real intake uses its state here
    public async Task<ChangeNoticeIntakeResult> WithdrawAsync(AmConnectorDbContext db, Guid supplierId, string supplierReference, string reason, CancellationToken cancellationToken)
    {
        var notice = await db.ChangeNotices.FirstOrDefaultAsync(n => n.SupplierId == supplierId && n.SupplierReference == supplierReference, cancellationToken);
        if (notice is null)
        {
            return new(null, [new FieldError("/data/supplierReference", $"{supplierReference} is not a notice received here.")]);
        }

        db.Audit.Reason = $"Withdrawn by the supplier: {reason}";
        notice.Status = ChangeNoticeStatus.Cancelled;
        return new(notice, []);
    }
}
