using AmConnector.ChangeNotices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.Signatures;

internal sealed class SignatureConfiguration : IEntityTypeConfiguration<Signature>
{
    public void Configure(EntityTypeBuilder<Signature> builder)
    {
        builder.ToTable("Signatures");
        // What the gate and the invalidation look up: a record's signatures, by action.
        builder.HasIndex(s => new { s.EntityKey, s.Action });
        builder.HasIndex(s => s.SignerSubject);
        builder.Property(s => s.EntityType).HasMaxLength(64);
        builder.Property(s => s.Action).HasMaxLength(64);
        builder.Property(s => s.Reason).HasMaxLength(2000);
        builder.Property(s => s.SignerName).HasMaxLength(256);
        builder.Property(s => s.ContentHash).HasMaxLength(64).IsFixedLength();
        // The signed text itself, kept so an inspector can recompute the hash: unbounded.
        builder.Property(s => s.Content).Metadata.SetMaxLength(null);
        builder.Property(s => s.InvalidationReason).HasMaxLength(2000);
        // Signatures outlive nothing: GMP records are never deleted (ADR-003), and neither are they.
        builder.HasOne<Lots.Lot>().WithMany(l => l.Signatures).HasForeignKey(s => s.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Qualifications.Qualification>().WithMany(q => q.Signatures).HasForeignKey(s => s.QualificationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Materials.Material>().WithMany(m => m.Signatures).HasForeignKey(s => s.MaterialId).OnDelete(DeleteBehavior.Restrict);
        // The notice gets its Signatures navigation with the Decide action: then WithMany(n => n.Signatures).
        builder.HasOne<ChangeNotice>().WithMany(n => n.Signatures).HasForeignKey(s => s.ChangeNoticeId).OnDelete(DeleteBehavior.Restrict);
    }
}
