using AmConnector.Data;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// Turns new outbox messages into deliveries, one per matching endpoint. Each message is claimed
/// by a conditional update of its <c>FannedOutAt</c> in the same transaction as its deliveries, so
/// two instances never fan one message out twice (and the unique index on message and endpoint
/// would refuse it if they tried).
/// </summary>
internal static class WebhookFanOut
{
    public static async Task<int> RunAsync(AmConnectorDbContext db, DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        var created = 0;
        while (true)
        {
            var messages = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.FannedOutAt == null)
                .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            if (messages.Count == 0)
            {
                return created;
            }

            var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.Enabled).ToListAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var message in messages)
            {
                var claimed = await db.OutboxMessages
                    .Where(m => m.Id == message.Id && m.FannedOutAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.FannedOutAt, now), cancellationToken);
                if (claimed == 0)
                {
                    continue;
                }

                foreach (var endpoint in endpoints.Where(e => WebhookSubscription.Matches(e, message)))
                {
                    db.WebhookDeliveries.Add(NewDelivery(message, endpoint, now));
                    created++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    public static WebhookDelivery NewDelivery(Outbox.OutboxMessage message, WebhookEndpoint endpoint, DateTimeOffset now) => new()
    {
        MessageId = message.Id,
        EndpointId = endpoint.Id,
        EventType = message.Type,
        Subject = message.Subject,
        OccurredAt = message.OccurredAt,
        OwnerSupplierCode = endpoint.OwnerSupplierCode,
        Status = DeliveryStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };
}
