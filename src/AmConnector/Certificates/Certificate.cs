using AmConnector.Common;
using AmConnector.Lots;
using AmConnector.Materials;

namespace AmConnector.Certificates;

/// <summary>
/// A document about a material or some of its lots (ISO 20399 §10): a CoA, a certificate of
/// origin, a TSE/BSE statement… The document itself lives in the host DMS; we keep its hash.
/// One CoA may cover several lots (multi-batch CoAs).
/// </summary>
public sealed class Certificate : AmEntity, ISupplierOwned, AuditTrail.IAudited
{
    public CertificateType Type { get; set; }

    public Guid MaterialId { get; set; }

    public Material? Material { get; set; }

    /// <summary>Owning supplier's code, kept on the row for supplier scoping and filters.</summary>
    public string SupplierCode { get; set; } = "";

    /// <summary>The issuer's document number (e.g. the CoA number).</summary>
    public string? DocumentNumber { get; set; }

    public string? Issuer { get; set; }

    public DateOnly IssuedOn { get; set; }

    /// <summary>Null when the document does not lapse (most CoAs).</summary>
    public DateOnly? ValidUntil { get; set; }

    public string? Signatory { get; set; }

    public DocumentReference? Document { get; set; }

    /// <summary>Lots the certificate covers; empty for a material-level certificate.</summary>
    public List<Lot> Lots { get; set; } = [];

    /// <summary>The lines of a certificate of analysis.</summary>
    public List<CoaResult> Results { get; set; } = [];

    /// <summary>Verdict of the whole CoA; <see cref="CoaVerdict.NotEvaluated"/> for other types.</summary>
    public CoaVerdict Verdict { get; set; } = CoaVerdict.NotEvaluated;

    /// <summary>
    /// True once <see cref="ValidUntil"/> has passed. Derived: every query reads it from the date
    /// through the read view; the stored column only records the state at the last write.
    /// </summary>
    public bool Lapsed { get; set; }

    /// <summary>When <c>am.certificate.expiring</c> was announced for it; null until then (announced once).</summary>
    public DateOnly? ExpiryAnnouncedOn { get; set; }

    /// <summary>Why the CoA passed or is out of specification, naming failing lines and missing user tests.</summary>
    public string? VerdictReason { get; set; }

    /// <summary>This record's audit events (read-only; <c>$expand=AuditHistory</c> needs <c>audit.read</c>).</summary>
    public List<AuditTrail.AuditEvent> AuditHistory { get; set; } = [];
}
