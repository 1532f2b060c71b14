using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Lots;

internal sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    public void Configure(EntityTypeBuilder<Lot> builder)
    {
        // Natural key, and the indexes behind what a LIMS filters by: lot number, status, expiry, material, supplier.
        builder.HasIndex(l => new { l.SupplierCode, l.CatalogueNumber, l.LotNumber }).IsUnique();
        builder.HasIndex(l => new { l.MaterialId, l.LotNumber });
        builder.HasIndex(l => l.LotNumber);
        builder.HasIndex(l => new { l.Status, l.ExpiresOn });
        builder.HasIndex(l => l.ExpiresOn);
        builder.Property(l => l.SupplierCode).HasMaxLength(32);
        builder.Property(l => l.CatalogueNumber).HasMaxLength(64);
        builder.Property(l => l.LotNumber).HasMaxLength(64);
        builder.Property(l => l.StatusReason).HasMaxLength(2000);
        builder.Property(l => l.ReleaseConditions).HasMaxLength(2000);
        builder.HasMany(l => l.Holds).WithOne().HasForeignKey(h => h.LotId).OnDelete(DeleteBehavior.Cascade);
    }
}
