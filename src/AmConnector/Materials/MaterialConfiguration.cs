using AmConnector.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Materials;

internal sealed class MaterialConfiguration : IEntityTypeConfiguration<Material>
{
    public void Configure(EntityTypeBuilder<Material> builder)
    {
        builder.HasIndex(m => new { m.SupplierCode, m.CatalogueNumber }).IsUnique();
        builder.HasIndex(m => m.CatalogueNumber);
        builder.HasIndex(m => m.Status);
        builder.Property(m => m.SupplierCode).HasMaxLength(32);
        builder.Property(m => m.CatalogueNumber).HasMaxLength(64);
        builder.Property(m => m.Description).IsLongText();
        builder.OwnsOne(m => m.Scope);
        builder.OwnsOne(m => m.Storage, s => s.Property(x => x.Conditions).HasMaxLength(1000));
        builder.OwnsOne(m => m.Dmf);
        builder.OwnsOne(m => m.Tier, t =>
        {
            t.Property(x => x.Rule).HasMaxLength(1000);
            t.Property(x => x.OverrideReason).HasMaxLength(2000);
        });
        builder.Property(m => m.Composition).IsJsonDocument();
        builder.HasMany(m => m.Specifications).WithOne().HasForeignKey(s => s.MaterialId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Lots).WithOne(l => l.Material).HasForeignKey(l => l.MaterialId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Certificates).WithOne(c => c.Material).HasForeignKey(c => c.MaterialId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.RiskAssessments).WithOne(r => r.Material).HasForeignKey(r => r.MaterialId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Qualifications).WithOne(q => q.Material).HasForeignKey(q => q.MaterialId).OnDelete(DeleteBehavior.Restrict);
    }
}
