using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Qualifications;

internal sealed class QualificationActivityConfiguration : IEntityTypeConfiguration<QualificationActivity>
{
    public void Configure(EntityTypeBuilder<QualificationActivity> builder)
    {
        builder.ToTable("QualificationActivities");
        builder.HasIndex(a => new { a.QualificationId, a.Kind }).IsUnique();
        builder.Property(a => a.WaiverReason).HasMaxLength(2000);
    }
}
