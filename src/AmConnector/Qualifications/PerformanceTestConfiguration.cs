using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Qualifications;

internal sealed class PerformanceTestConfiguration : IEntityTypeConfiguration<PerformanceTest>
{
    public void Configure(EntityTypeBuilder<PerformanceTest> builder)
    {
        builder.ToTable("PerformanceTests");
        builder.HasOne(t => t.Lot).WithMany().HasForeignKey(t => t.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.ReferenceLot).WithMany().HasForeignKey(t => t.ReferenceLotId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Result).HasMaxLength(1000);
        builder.Property(t => t.AcceptanceCriterion).HasMaxLength(1000);
    }
}
