using AmConnector.Data;
using AmConnector.Lots;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Certificates;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    /// <summary>
    /// The view every certificate query reads (writes go to the table): it adds <c>EffectiveLapsed</c>
    /// from <see cref="Certificate.ValidUntil"/> and today, so a lapsed certificate reads as lapsed
    /// everywhere (domain.md §5.6a). A migration that changes the table must recreate it.
    /// </summary>
    public const string ReadView = "CertificatesRead";

    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.ToTable("Certificates");
        builder.ToView(ReadView, view => view.Property(c => c.Lapsed).HasColumnName("EffectiveLapsed"));
        builder.Property<string?>(c => c.VerdictReason).IsLongText();
        builder.HasIndex(c => new { c.MaterialId, c.Type });
        builder.HasIndex(c => new { c.SupplierCode, c.DocumentNumber });
        builder.HasIndex(c => c.ValidUntil);
        builder.Property(c => c.SupplierCode).HasMaxLength(32);
        builder.OwnsOne(c => c.Document, d =>
        {
            d.Property(x => x.Uri).HasMaxLength(2048);
            d.Property(x => x.Sha256).HasMaxLength(64);
        });
        // One CoA may cover several lots (multi-batch CoAs), and a lot has several certificates.
        builder.HasMany(c => c.Lots).WithMany(l => l.Certificates).UsingEntity(
            "CertificateLots",
            r => r.HasOne(typeof(Lot)).WithMany().HasForeignKey("LotId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(Certificate)).WithMany().HasForeignKey("CertificateId").OnDelete(DeleteBehavior.Cascade),
            j => j.HasIndex("LotId"));
        builder.HasMany(c => c.Results).WithOne().HasForeignKey(r => r.CertificateId).OnDelete(DeleteBehavior.Cascade);
    }
}
