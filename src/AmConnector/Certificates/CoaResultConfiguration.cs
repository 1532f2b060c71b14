using AmConnector.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Certificates;

internal sealed class CoaResultConfiguration : IEntityTypeConfiguration<CoaResult>
{
    public void Configure(EntityTypeBuilder<CoaResult> builder)
    {
        builder.ToTable("CoaResults");
        builder.HasIndex(r => new { r.CertificateId, r.LineNumber });
        builder.OwnsOne(r => r.Specification, s => s.Property(x => x.Text).HasMaxLength(1000));
        builder.Property(r => r.ReportedResult).HasMaxLength(1000);
        builder.Property(r => r.VerdictReason).IsLongText();
    }
}
