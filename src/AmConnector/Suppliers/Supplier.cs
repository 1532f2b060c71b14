using AmConnector.ChangeNotices;
using AmConnector.Common;
using AmConnector.Materials;

namespace AmConnector.Suppliers;

/// <summary>A manufacturer of ancillary materials (ISO 20399 §6: supplier evaluation and approval).</summary>
public sealed class Supplier : AmEntity, ISupplierOwned, AuditTrail.IAudited
{
    /// <summary>Natural key used by integrators, e.g. <c>NWB</c>.</summary>
    public string Code { get; set; } = "";

    string ISupplierOwned.SupplierCode => Code;

    public string Name { get; set; } = "";

    public PostalAddress Address { get; set; } = new();

    /// <summary>ISO 3166-1 alpha-2 country of the supplier's legal seat.</summary>
    public string Country { get; set; } = "";

    public SupplierApproval Approval { get; set; } = SupplierApproval.Pending;

    public DateOnly? LastAuditOn { get; set; }

    public DateOnly? NextAuditDue { get; set; }

    public QualityAgreement QualityAgreement { get; set; } = new();

    public List<SupplierCertification> Certifications { get; set; } = [];

    public List<Material> Materials { get; set; } = [];

    public List<ChangeNotice> ChangeNotices { get; set; } = [];

    /// <summary>This record's audit events (read-only; <c>$expand=AuditHistory</c> needs <c>audit.read</c>).</summary>
    public List<AuditTrail.AuditEvent> AuditHistory { get; set; } = [];
}
