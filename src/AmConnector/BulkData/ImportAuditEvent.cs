using System.Text.Json;
using AmConnector.AuditTrail;
using AmConnector.Data;

namespace AmConnector.BulkData;

/// <summary>
/// The one audit event that says an import happened and what it counted (read, imported, rejected,
/// the file's SHA-256), beside the per-record insert events that carry the same reason. Appended to
/// the chain in the import's transaction, after the last batch.
/// </summary>
internal sealed class ImportAuditEvent(AuditInterceptor interceptor, TimeProvider clock)
{
    public const string EntityType = "Import";

    public async Task AppendAsync(AmConnectorDbContext db, BulkImportResult result, string reason, CancellationToken cancellationToken)
    {
        var actor = interceptor.Actor(db);
        var counts = new
        {
            Kind = result.Kind.ToString(), File = result.FileName, result.Sha256,
            result.Read, result.Imported, result.Rejected,
        };
        await AuditChain.AppendAsync(db,
        [
            new AuditEvent
            {
                EntityType = EntityType, EntityKey = result.Sha256, NaturalKey = $"{result.Kind}/{result.FileName}",
                Action = AuditAction.Import, NewValues = JsonSerializer.Serialize(counts), Reason = reason,
                ClientId = actor.ClientId, Subject = actor.Subject, PersonName = actor.Name, SupplierCode = actor.Supplier,
                CorrelationId = System.Diagnostics.Activity.Current?.Id,
            },
        ], clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
