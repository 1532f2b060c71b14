using AmConnector.Data;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Webhooks.Inbound;

/// <summary>The clear secrets a supplier's events may be signed with right now (one, or two during a rotation).</summary>
internal sealed class SupplierSecretStore(AmConnectorDbContext db, WebhookSecretProtector protector)
{
    public async Task<IReadOnlyList<string>> ValidSecretsAsync(Guid supplierId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await db.SupplierWebhookSecrets.AsNoTracking()
            .Where(s => s.SupplierId == supplierId && s.RevokedAt == null)
            .ToListAsync(cancellationToken);
        return [.. stored.Where(s => s.IsValidAt(now)).Select(s => protector.Unprotect(s.ProtectedSecret))];
    }
}
