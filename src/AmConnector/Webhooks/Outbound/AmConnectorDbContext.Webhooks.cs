using AmConnector.Webhooks.Outbound;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.Data;

/// <summary>The outbound-webhook sets, kept beside their feature.</summary>
public sealed partial class AmConnectorDbContext
{
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<WebhookDeliveryAttempt> WebhookDeliveryAttempts => Set<WebhookDeliveryAttempt>();
}
