using AmConnector.Data;
using AmConnector.Materials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.ChangeNotices;

internal sealed class ChangeNoticeConfiguration : IEntityTypeConfiguration<ChangeNotice>
{
    public void Configure(EntityTypeBuilder<ChangeNotice> builder)
    {
        builder.HasIndex(n => new { n.SupplierCode, n.SupplierReference }).IsUnique();
        builder.HasIndex(n => new { n.Status, n.Level });
        builder.HasIndex(n => n.NotifiedAt);
        builder.Property(n => n.SupplierCode).HasMaxLength(32);
        builder.Property(n => n.SupplierReference).HasMaxLength(64);
        builder.Property(n => n.Title).HasMaxLength(500);
        builder.Property(n => n.Description).IsLongText();
        builder.Property(n => n.Rationale).IsLongText();
        builder.Property(n => n.CurrentState).IsLongText();
        builder.Property(n => n.ProposedState).IsLongText();
        builder.Property(n => n.ProposedAlternative).HasMaxLength(1000);
        builder.Property(n => n.StatusReason).IsLongText();
        builder.Property(n => n.SupportingDocuments).IsJsonDocument();
        builder.Property(n => n.MissingItems).IsJsonDocument();
        builder.Property(n => n.InformationRequests).IsJsonDocument();
        builder.OwnsOne(n => n.Proposal, p =>
        {
            p.Property(x => x.Explanation).IsLongText();
            p.Property(x => x.Actions).IsJsonDocument();
            p.Property(x => x.AffectedLots).IsJsonDocument();
            p.Property(x => x.AffectedQualifications).IsJsonDocument();
            p.Property(x => x.AffectedRiskAssessments).IsJsonDocument();
            p.Property(x => x.UnmatchedCatalogueNumbers).IsJsonDocument();
        });
        builder.OwnsOne(n => n.Assessment, a =>
        {
            a.Property(x => x.Impact).IsLongText();
            a.Property(x => x.Actions).IsLongText();
            a.Property(x => x.Reason).IsLongText();
            a.Property(x => x.ChosenActions).IsJsonDocument();
        });
        // Required, as the C# type says in spirit (its annotations are oblivious for OData's sake, see ChangeNotice).
        builder.Navigation(n => n.Proposal).IsRequired();
        builder.Navigation(n => n.Assessment).IsRequired();
        builder.HasMany(n => n.AffectedMaterials).WithMany(m => m.ChangeNotices).UsingEntity(
            "ChangeNoticeMaterials",
            r => r.HasOne(typeof(Material)).WithMany().HasForeignKey("MaterialId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(ChangeNotice)).WithMany().HasForeignKey("ChangeNoticeId").OnDelete(DeleteBehavior.Cascade),
            j => j.HasIndex("MaterialId"));
        builder.HasMany(n => n.Versions).WithOne().HasForeignKey(v => v.ChangeNoticeId).OnDelete(DeleteBehavior.Cascade);
    }
}
