using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Materials;

internal sealed class MaterialSpecificationConfiguration : IEntityTypeConfiguration<MaterialSpecification>
{
    public void Configure(EntityTypeBuilder<MaterialSpecification> builder)
    {
        builder.ToTable("MaterialSpecifications");
        builder.HasIndex(s => new { s.MaterialId, s.TestName });
        builder.OwnsOne(s => s.Limit, l => l.Property(x => x.Text).HasMaxLength(1000));
    }
}
