using AmConnector.Data;
using AmConnector.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// Disables an endpoint the dispatcher gave up on: its pending deliveries become Failed (a replay
/// after re-enabling sends them) and <c>am.webhook.endpoint-disabled</c> tells the other subscribers,
/// in the same save as the change, which the audit trail records with the reason.
/// </summary>
internal static class WebhookEndpointDisabler
{
    public const string Actor = "system:webhooks";

    public static async Task DisableAsync(AmConnectorDbContext db, OutboxWriter outbox, Guid endpointId, string reason, DateTimeOffset? failingSince, int? lastStatusCode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var endpoint = await db.WebhookEndpoints.FirstOrDefaultAsync(e => e.Id == endpointId, cancellationToken);
        if (endpoint is null || !endpoint.Enabled)
        {
            return;
        }

        endpoint.Enabled = false;
        endpoint.DisabledAt = now;
        endpoint.DisabledReason = reason;
        db.Audit.SystemActor = Actor;
        db.Audit.Reason = reason;
        outbox.Add(db, EventTypes.WebhookEndpointDisabled, $"webhooks/endpoints/{endpoint.Id}", new
        {
            endpointId = endpoint.Id,
            url = endpoint.Url,
            reason,
            disabledAt = now,
            failingSince,
            lastStatusCode,
        }, endpoint.OwnerSupplierCode);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another delivery to the same endpoint (in parallel, or on another instance) disabled it first.
            db.ChangeTracker.Clear();
            return;
        }

        await db.WebhookDeliveries
            .Where(d => d.EndpointId == endpointId && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeliveryStatus.Failed)
                .SetProperty(d => d.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(d => d.LastError, "The endpoint was disabled: " + reason), cancellationToken);
    }
}
