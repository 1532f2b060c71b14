using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Lots;

internal sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    /// <summary>
    /// The view every lot query reads (writes go to the table): it adds <c>EffectiveStatus</c>, so a
    /// released lot past its expiry date reads as Expired in every query, $filter and $count
    /// included, before the daily job has persisted it (domain.md §4.1). Created by the migrations
    /// of both providers; a migration that changes the Lots table must drop and recreate it.
    /// </summary>
    public const string ReadView = "LotsRead";

    public void Configure(EntityTypeBuilder<Lot> builder)
    {
        builder.ToTable("Lots");
        builder.ToView(ReadView, view => view.Property(l => l.Status).HasColumnName("EffectiveStatus"));
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
