namespace AmConnector.AuditTrail;

/// <summary>
/// One audited write (design.md principle 4, domain.md §5.7). Append-only: database triggers refuse
/// UPDATE and DELETE, and each event's <see cref="Hash"/> covers the previous event's hash, so any
/// edit or removal breaks the chain where it happened.
/// </summary>
public sealed class AuditEvent
{
    /// <summary>1, 2, 3, … without gaps: the position in the hash chain.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The CLR name of the record's type, e.g. <c>Lot</c>.</summary>
    public string EntityType { get; set; } = "";

    /// <summary>The record's surrogate key.</summary>
    public string EntityKey { get; set; } = "";

    /// <summary>The record's natural key where it has one, e.g. <c>NWB/NB-FBS-500/FB-24-001</c>.</summary>
    public string? NaturalKey { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>Changed properties before the write, as a JSON object; null for an insert.</summary>
    public string? OldValues { get; set; }

    /// <summary>Changed properties after the write (all of them for an insert), as a JSON object.</summary>
    public string? NewValues { get; set; }

    public string? Reason { get; set; }

    /// <summary>The OAuth client (or API key) that made the change; <c>system:…</c> for AmConnector's own jobs.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The person's subject, when a person signed in.</summary>
    public string? Subject { get; set; }

    public string? PersonName { get; set; }

    /// <summary>The supplier of a supplier-scoped caller.</summary>
    public string? SupplierCode { get; set; }

    /// <summary>The W3C <c>traceparent</c> of the request.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>The inbound webhook event that caused the change, if one did.</summary>
    public string? InboundEventId { get; set; }

    public string PreviousHash { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 over <see cref="PreviousHash"/> and the event's canonical form.</summary>
    public string Hash { get; set; } = "";

    // One nullable link per GMP record type, so $expand=AuditHistory joins in SQL (ADR-012). Derived
    // from EntityType and EntityKey at insert; not part of the hashed canonical form, and not of the OData contract.
    public Guid? SupplierId { get; set; }

    public Guid? MaterialId { get; set; }

    public Guid? LotId { get; set; }

    public Guid? CertificateId { get; set; }

    public Guid? RiskAssessmentId { get; set; }

    public Guid? QualificationId { get; set; }

    public Guid? ChangeNoticeId { get; set; }
}
