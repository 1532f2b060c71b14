using AmConnector.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Type).HasMaxLength(80);
        builder.Property(m => m.Subject).HasMaxLength(400);
        builder.Property(m => m.SupplierCode).HasMaxLength(32);
        builder.Property(m => m.CatalogueNumber).HasMaxLength(64);
        builder.Property(m => m.Data).IsRequired().Metadata.SetMaxLength(null);
        builder.Property(m => m.CorrelationId).HasMaxLength(64);
        builder.HasIndex(m => m.OccurredAt);
        builder.HasIndex(m => m.Type);
        // The dispatcher's fan-out looks for messages not yet fanned out.
        builder.HasIndex(m => m.FannedOutAt);
    }
}
