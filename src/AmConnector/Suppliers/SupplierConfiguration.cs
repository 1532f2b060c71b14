using AmConnector.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Suppliers;

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> builder)
    {
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Code).HasMaxLength(32);
        builder.Property(s => s.Country).HasMaxLength(2);
        builder.HasIndex(s => s.Approval);
        builder.OwnsOne(s => s.Address);
        builder.OwnsOne(s => s.QualityAgreement);
        builder.Property(s => s.Certifications).IsJsonDocument();
        builder.HasMany(s => s.Materials).WithOne(m => m.Supplier).HasForeignKey(m => m.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.ChangeNotices).WithOne(n => n.Supplier).HasForeignKey(n => n.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}
