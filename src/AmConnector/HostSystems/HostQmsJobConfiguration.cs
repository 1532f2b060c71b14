using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.HostSystems;

internal sealed class HostQmsJobConfiguration : IEntityTypeConfiguration<HostQmsJob>
{
    public void Configure(EntityTypeBuilder<HostQmsJob> builder)
    {
        builder.ToTable("HostQmsJobs");
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Payload).IsRequired().Metadata.SetMaxLength(null);
        builder.Property(j => j.IdempotencyKey).HasMaxLength(64);
        builder.Property(j => j.LeaseOwner).HasMaxLength(128).IsConcurrencyToken();
        builder.Property(j => j.LastError).HasMaxLength(4000);
        builder.Property(j => j.Reference).HasMaxLength(128);
        builder.Property(j => j.ResultStatus).HasMaxLength(64);
        builder.HasIndex(j => j.IdempotencyKey).IsUnique();
        // The worker's claim: due pending jobs, oldest first.
        builder.HasIndex(j => new { j.Status, j.NextAttemptAt });
        builder.HasIndex(j => j.ChangeNoticeId);
        builder.HasIndex(j => new { j.LotId, j.LotHoldId });
    }
}
