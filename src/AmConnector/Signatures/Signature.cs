using AmConnector.Common;

namespace AmConnector.Signatures;

/// <summary>
/// An electronic signature by a person (21 CFR 11.50, 11.70; Annex 11 §14): who (subject and printed
/// name), when (UTC), what it means, why, and the SHA-256 of the signed content, which binds it to
/// the record as it was signed. Made only by <see cref="SignatureGate"/>; read-only in OData. When
/// the record changes afterwards, <see cref="SignatureInvalidationInterceptor"/> marks it invalid.
/// </summary>
public sealed class Signature : AmEntity
{
    /// <summary>The CLR name of the signed record's type, e.g. <c>Lot</c> (as in the audit trail).</summary>
    public string EntityType { get; set; } = "";

    /// <summary>The signed record's key.</summary>
    public Guid EntityKey { get; set; }

    /// <summary>The action signed for, e.g. <c>Release</c>.</summary>
    public string Action { get; set; } = "";

    public SignatureMeaning Meaning { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>The person's subject (<c>sub</c>): unique to one person (§11.100).</summary>
    public string SignerSubject { get; set; } = "";

    /// <summary>The printed name (§11.50(a)(1)).</summary>
    public string SignerName { get; set; } = "";

    /// <summary>When the person last proved who they are (<c>auth_time</c>): within the re-authentication window of <see cref="SignedAt"/>.</summary>
    public DateTimeOffset AuthenticatedAt { get; set; }

    /// <summary>The application the person signed through (<c>client_id</c>/<c>azp</c>).</summary>
    public string? ClientId { get; set; }

    public DateTimeOffset SignedAt { get; set; }

    /// <summary>The canonical text of what was signed (<see cref="SignedContent"/>): the record's GMP fields as the action leaves them, the action and the meaning.</summary>
    public string Content { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/> in UTF-8.</summary>
    public string ContentHash { get; set; } = "";

    public SignatureState State { get; set; }

    /// <summary>False once the record changed after signing, so the signed content is no longer the record's.</summary>
    public bool IsValid { get; set; } = true;

    public DateTimeOffset? InvalidatedAt { get; set; }

    public string? InvalidationReason { get; set; }

    // One nullable key per signable type: each a real foreign key, so $expand=Signatures joins in SQL.
    public Guid? LotId { get; set; }

    public Guid? QualificationId { get; set; }

    public Guid? MaterialId { get; set; }

    public Guid? ChangeNoticeId { get; set; }
}
