using AmConnector.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Risk;

internal sealed class RiskAssessmentConfiguration : IEntityTypeConfiguration<RiskAssessment>
{
    public void Configure(EntityTypeBuilder<RiskAssessment> builder)
    {
        builder.HasIndex(r => new { r.MaterialId, r.UseContext });
        builder.HasIndex(r => r.Level);
        builder.Property(r => r.SupplierCode).HasMaxLength(32);
        builder.Property(r => r.Summary).IsLongText();
        builder.HasMany(r => r.Hazards).WithOne().HasForeignKey(h => h.RiskAssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
