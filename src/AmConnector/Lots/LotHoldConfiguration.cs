using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Lots;

internal sealed class LotHoldConfiguration : IEntityTypeConfiguration<LotHold>
{
    public void Configure(EntityTypeBuilder<LotHold> builder)
    {
        builder.ToTable("LotHolds");
        builder.HasIndex(h => new { h.LotId, h.LiftedAt });
        builder.Property(h => h.Reason).HasMaxLength(2000);
        builder.Property(h => h.LiftReason).HasMaxLength(2000);
    }
}
