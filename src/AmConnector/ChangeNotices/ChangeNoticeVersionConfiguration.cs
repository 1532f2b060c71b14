using AmConnector.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.ChangeNotices;

internal sealed class ChangeNoticeVersionConfiguration : IEntityTypeConfiguration<ChangeNoticeVersion>
{
    public void Configure(EntityTypeBuilder<ChangeNoticeVersion> builder)
    {
        builder.ToTable("ChangeNoticeVersions");
        builder.HasIndex(v => new { v.ChangeNoticeId, v.Version }).IsUnique();
        builder.Property(v => v.Title).HasMaxLength(500);
        builder.Property(v => v.Payload).IsLongText();
    }
}
