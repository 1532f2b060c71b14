using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmConnector.AuditTrail;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    /// <summary>The trigger the migrations create on both providers to refuse UPDATE and DELETE.</summary>
    public const string AppendOnlyTrigger = "AuditEvents_AppendOnly";

    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        // Declared so EF does not use OUTPUT clauses that SQL Server forbids on tables with triggers.
        builder.ToTable("AuditEvents", t => t.HasTrigger(AppendOnlyTrigger));
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.EntityType).HasMaxLength(80);
        builder.Property(e => e.EntityKey).HasMaxLength(80);
        builder.Property(e => e.NaturalKey).HasMaxLength(400);
        builder.Property(e => e.OldValues).Metadata.SetMaxLength(null);
        builder.Property(e => e.NewValues).Metadata.SetMaxLength(null);
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.Property(e => e.ClientId).HasMaxLength(128);
        builder.Property(e => e.Subject).HasMaxLength(128);
        builder.Property(e => e.PersonName).HasMaxLength(200);
        builder.Property(e => e.SupplierCode).HasMaxLength(32);
        builder.Property(e => e.CorrelationId).HasMaxLength(64);
        builder.Property(e => e.InboundEventId).HasMaxLength(128);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasIndex(e => new { e.EntityType, e.EntityKey });
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => e.ClientId);
        // Each record's history (ADR-012). Restrict: GMP records are never deleted (ADR-003), and an
        // audit event must not lose, or be updated to lose, the record it names. EF creates an index per key.
        builder.HasOne<Suppliers.Supplier>().WithMany(s => s.AuditHistory).HasForeignKey(e => e.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Materials.Material>().WithMany(m => m.AuditHistory).HasForeignKey(e => e.MaterialId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Lots.Lot>().WithMany(l => l.AuditHistory).HasForeignKey(e => e.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Certificates.Certificate>().WithMany(c => c.AuditHistory).HasForeignKey(e => e.CertificateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Risk.RiskAssessment>().WithMany(r => r.AuditHistory).HasForeignKey(e => e.RiskAssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Qualifications.Qualification>().WithMany(q => q.AuditHistory).HasForeignKey(e => e.QualificationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ChangeNotices.ChangeNotice>().WithMany(n => n.AuditHistory).HasForeignKey(e => e.ChangeNoticeId).OnDelete(DeleteBehavior.Restrict);
    }
}
