using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Qualifications;

internal sealed class QualificationConfiguration : IEntityTypeConfiguration<Qualification>
{
    public void Configure(EntityTypeBuilder<Qualification> builder)
    {
        builder.HasIndex(q => new { q.MaterialId, q.UseContext }).IsUnique();
        builder.HasIndex(q => q.Status);
        builder.Property(q => q.SupplierCode).HasMaxLength(32);
        builder.Property(q => q.StatusReason).HasMaxLength(2000);
        builder.Property(q => q.Conditions).HasMaxLength(2000);
        builder.HasMany(q => q.Activities).WithOne().HasForeignKey(a => a.QualificationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.PerformanceTests).WithOne().HasForeignKey(t => t.QualificationId).OnDelete(DeleteBehavior.Cascade);
    }
}
