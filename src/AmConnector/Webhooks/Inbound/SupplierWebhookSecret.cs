using AmConnector.Common;

namespace AmConnector.Webhooks.Inbound;

/// <summary>
/// A secret a supplier's system signs its events with (Standard Webhooks). Several may be valid at
/// once: after a rotation the old one keeps working until <see cref="ValidUntil"/>, so the supplier
/// can switch without losing an event. Only the Data Protection ciphertext is stored.
/// </summary>
public sealed class SupplierWebhookSecret : AmEntity
{
    public Guid SupplierId { get; set; }

    public string SupplierCode { get; set; } = "";

    /// <summary>The <c>whsec_…</c> value, protected; never shown again after creation and never audited.</summary>
    public string ProtectedSecret { get; set; } = "";

    public DateTimeOffset ValidFrom { get; set; }

    /// <summary>End of validity: set by a rotation (now + overlap); null while current.</summary>
    public DateTimeOffset? ValidUntil { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The secret this one replaced, when it came from a rotation.</summary>
    public Guid? ReplacesId { get; set; }

    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && ValidFrom <= now && (ValidUntil is null || now < ValidUntil);
}
