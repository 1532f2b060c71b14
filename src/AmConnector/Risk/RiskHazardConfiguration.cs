using AmConnector.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Risk;

internal sealed class RiskHazardConfiguration : IEntityTypeConfiguration<RiskHazard>
{
    public void Configure(EntityTypeBuilder<RiskHazard> builder)
    {
        builder.ToTable("RiskHazards");
        builder.Property(h => h.Description).IsLongText();
        builder.Property(h => h.Mitigation).IsLongText();
    }
}
