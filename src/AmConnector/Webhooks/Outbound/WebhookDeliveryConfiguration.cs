using AmConnector.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Webhooks.Outbound;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.EventType).HasMaxLength(80);
        builder.Property(d => d.Subject).HasMaxLength(400);
        builder.Property(d => d.OwnerSupplierCode).HasMaxLength(32);
        builder.Property(d => d.LastError).HasMaxLength(1024);
        // A claim or completion by an instance whose lease was taken over fails instead of overwriting.
        builder.Property(d => d.LeaseOwner).HasMaxLength(128).IsConcurrencyToken();
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Attempts).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        // Fan-out is idempotent: a message reaches an endpoint through one delivery at most.
        builder.HasIndex(d => new { d.MessageId, d.EndpointId }).IsUnique();
        // The dispatcher's claim: due pending work.
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.EndpointId, d.Status });
        builder.HasIndex(d => d.OccurredAt);
    }
}
