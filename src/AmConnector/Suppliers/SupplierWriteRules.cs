using AmConnector.Common;
using AmConnector.Data;
using AmConnector.OData;

namespace AmConnector.Suppliers;

internal sealed class SupplierWriteRules : WriteRules<Supplier>
{
    public override IReadOnlySet<string> Patchable { get; } = new HashSet<string>
    {
        nameof(Supplier.Name), nameof(Supplier.Address), nameof(Supplier.Country), nameof(Supplier.Approval),
        nameof(Supplier.LastAuditOn), nameof(Supplier.NextAuditDue), nameof(Supplier.QualityAgreement),
        nameof(Supplier.Certifications),
    };

    public override Task PrepareCreateAsync(Supplier entity, AmConnectorDbContext db, List<FieldError> errors, CancellationToken cancellationToken)
    {
        Check.Code(errors, nameof(Supplier.Code), entity.Code);
        Validate(entity, errors);
        return Task.CompletedTask;
    }

    protected override void Validate(Supplier entity, List<FieldError> errors)
    {
        Check.Required(errors, nameof(Supplier.Name), entity.Name);
        Check.Country(errors, nameof(Supplier.Country), entity.Country);
        Check.NotBefore(errors, nameof(Supplier.NextAuditDue), entity.NextAuditDue, nameof(Supplier.LastAuditOn), entity.LastAuditOn);
        var agreement = entity.QualityAgreement;
        foreach (var (field, days) in new[]
                 {
                     (nameof(QualityAgreement.Level1NoticeDays), agreement.Level1NoticeDays),
                     (nameof(QualityAgreement.Level2NoticeDays), agreement.Level2NoticeDays),
                     (nameof(QualityAgreement.Level3NoticeDays), agreement.Level3NoticeDays),
                     (nameof(QualityAgreement.DiscontinuationNoticeDays), agreement.DiscontinuationNoticeDays),
                 })
        {
            Check.Range(errors, $"{nameof(Supplier.QualityAgreement)}/{field}", days, 0, 3650);
        }
    }
}
