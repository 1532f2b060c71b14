using AmConnector.Data;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Webhooks.Outbound;

/// <summary>Makes deliveries pending again, due now, at the start of the retry schedule; their attempts stay in the log.</summary>
internal static class DeliveryReplay
{
    public static async Task<int> ResetAsync(AmConnectorDbContext db, IReadOnlyCollection<Guid> deliveryIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (deliveryIds.Count == 0)
        {
            return 0;
        }

        return await db.WebhookDeliveries
            .Where(d => deliveryIds.Contains(d.Id))
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeliveryStatus.Pending)
                .SetProperty(d => d.NextAttemptAt, now)
                .SetProperty(d => d.RetryStep, 0)
                .SetProperty(d => d.DeliveredAt, (DateTimeOffset?)null), cancellationToken);
    }
}
