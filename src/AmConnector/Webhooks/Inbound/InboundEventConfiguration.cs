using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Webhooks.Inbound;

internal sealed class InboundEventConfiguration : IEntityTypeConfiguration<InboundEvent>
{
    public void Configure(EntityTypeBuilder<InboundEvent> builder)
    {
        builder.ToTable("InboundEvents");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.SupplierCode).HasMaxLength(32);
        builder.Property(e => e.WebhookId).HasMaxLength(128);
        builder.Property(e => e.CloudEventId).HasMaxLength(128);
        builder.Property(e => e.Type).HasMaxLength(80);
        builder.Property(e => e.Subject).HasMaxLength(400);
        builder.Property(e => e.BodySha256).HasMaxLength(64);
        builder.Property(e => e.Body).IsRequired().Metadata.SetMaxLength(null);
        builder.Property(e => e.Headers).IsRequired().Metadata.SetMaxLength(null);
        builder.Property(e => e.Outcome).IsRequired().Metadata.SetMaxLength(null);
        builder.HasOne<Suppliers.Supplier>().WithMany().HasForeignKey(e => e.SupplierId).OnDelete(DeleteBehavior.Restrict);

        // The idempotency keys: a repeat of either id from the same supplier is the same event.
        builder.HasIndex(e => new { e.SupplierCode, e.WebhookId }).IsUnique();
        builder.HasIndex(e => new { e.SupplierCode, e.CloudEventId }).IsUnique();
        builder.HasIndex(e => e.ReceivedAt);
        // The writer finds the stored, unapplied events after a restart (ADR-020). The migrations give
        // rows from before it 'Applied': they were applied on receipt.
        builder.HasIndex(e => e.State);
        // Applying or settling a stored event updates its row only while it is still Pending: a second
        // writer (another instance, a restart racing a commit) can never apply it twice.
        builder.Property(e => e.State).IsConcurrencyToken();
    }
}
