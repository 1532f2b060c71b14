using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Webhooks.Inbound;

internal sealed class SupplierWebhookSecretConfiguration : IEntityTypeConfiguration<SupplierWebhookSecret>
{
    public void Configure(EntityTypeBuilder<SupplierWebhookSecret> builder)
    {
        builder.ToTable("SupplierWebhookSecrets");
        builder.Property(s => s.SupplierCode).HasMaxLength(32);
        builder.Property(s => s.ProtectedSecret).HasMaxLength(1024);
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.HasOne<Suppliers.Supplier>().WithMany().HasForeignKey(s => s.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.SupplierCode, s.RevokedAt });
    }
}
