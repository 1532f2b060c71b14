using AmConnector.BulkData.Columns;
using AmConnector.Common;
using AmConnector.Data;
using AmConnector.Suppliers;
using Microsoft.EntityFrameworkCore;
using C = AmConnector.BulkData.Columns.CsvColumns<AmConnector.Suppliers.Supplier>;

namespace AmConnector.BulkData.Kinds;

/// <summary>Suppliers by <see cref="Supplier.Code"/>.</summary>
internal sealed class SupplierBulkKind(SupplierWriteRules rules) : BulkKind<Supplier>
{
    public override BulkEntityKind Kind => BulkEntityKind.Suppliers;

    public override int KeyColumns => 1;

    public override IReadOnlyList<CsvColumn<Supplier>> Columns { get; } =
    [
        C.Text(nameof(Supplier.Code), s => s.Code, (s, v) => s.Code = v),
        C.Text(nameof(Supplier.Name), s => s.Name, (s, v) => s.Name = v),
        C.Text(nameof(Supplier.Country), s => s.Country, (s, v) => s.Country = v),
        C.Enum<SupplierApproval>(nameof(Supplier.Approval), s => s.Approval, (s, v) => s.Approval = v),
        C.Date(nameof(Supplier.LastAuditOn), s => s.LastAuditOn, (s, v) => s.LastAuditOn = v),
        C.Date(nameof(Supplier.NextAuditDue), s => s.NextAuditDue, (s, v) => s.NextAuditDue = v),
        C.Text("Address.Street", s => s.Address.Street, (s, v) => s.Address.Street = v),
        C.Text("Address.City", s => s.Address.City, (s, v) => s.Address.City = v),
        C.Text("Address.PostalCode", s => s.Address.PostalCode, (s, v) => s.Address.PostalCode = v),
        C.Text("Address.Region", s => s.Address.Region, (s, v) => s.Address.Region = v),
        C.Text("QualityAgreement.Reference", s => s.QualityAgreement.Reference, (s, v) => s.QualityAgreement.Reference = v),
        C.Date("QualityAgreement.EffectiveOn", s => s.QualityAgreement.EffectiveOn, (s, v) => s.QualityAgreement.EffectiveOn = v),
        C.Int("QualityAgreement.Level1NoticeDays", s => s.QualityAgreement.Level1NoticeDays, (s, v) => s.QualityAgreement.Level1NoticeDays = v),
        C.Int("QualityAgreement.Level2NoticeDays", s => s.QualityAgreement.Level2NoticeDays, (s, v) => s.QualityAgreement.Level2NoticeDays = v),
        C.Int("QualityAgreement.Level3NoticeDays", s => s.QualityAgreement.Level3NoticeDays, (s, v) => s.QualityAgreement.Level3NoticeDays = v),
        C.Int("QualityAgreement.DiscontinuationNoticeDays", s => s.QualityAgreement.DiscontinuationNoticeDays, (s, v) => s.QualityAgreement.DiscontinuationNoticeDays = v),
        C.Text("QualityAgreement.NoticeContactName", s => s.QualityAgreement.NoticeContactName, (s, v) => s.QualityAgreement.NoticeContactName = v),
        C.Text("QualityAgreement.NoticeContactEmail", s => s.QualityAgreement.NoticeContactEmail, (s, v) => s.QualityAgreement.NoticeContactEmail = v),
        C.Json<SupplierCertification>(nameof(Supplier.Certifications), s => s.Certifications, (s, v) => s.Certifications = v),
    ];

    public override async Task<HashSet<string>> LoadAsync(AmConnectorDbContext db, CancellationToken cancellationToken) =>
        [.. await db.Suppliers.AsNoTracking().Select(s => s.Code).ToListAsync(cancellationToken)];

    public override Task ValidateAsync(Supplier entity, AmConnectorDbContext db, List<FieldError> errors, CancellationToken cancellationToken) =>
        rules.PrepareCreateAsync(entity, db, errors, cancellationToken);

    public override IQueryable<Supplier> Ordered(AmConnectorDbContext db) => db.Suppliers.OrderBy(s => s.Code);
}
