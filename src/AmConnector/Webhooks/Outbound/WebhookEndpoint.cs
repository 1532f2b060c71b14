using AmConnector.Common;

namespace AmConnector.Webhooks.Outbound;

/// <summary>
/// A subscriber's URL and what it wants to receive. An AmEntity, so every create and change is
/// audited; the secret columns hold Data Protection ciphertext and are left out of the audit trail.
/// </summary>
public sealed class WebhookEndpoint : AmEntity
{
    public string Url { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>CloudEvent types it receives; empty means every outbound type (a supplier's endpoint: both of its types).</summary>
    public List<string> EventTypes { get; set; } = [];

    /// <summary>Only events about these suppliers; empty means all.</summary>
    public List<string> SupplierCodes { get; set; } = [];

    /// <summary>Only events about these catalogue numbers; empty means all.</summary>
    public List<string> CatalogueNumbers { get; set; } = [];

    /// <summary>Set when a supplier's own system registered it: it then receives only that supplier's notice events.</summary>
    public string? OwnerSupplierCode { get; set; }

    /// <summary>The current <c>whsec_</c> secret, protected.</summary>
    public string ProtectedSecret { get; set; } = "";

    /// <summary>The secret before the last rotation, protected; it still signs until <see cref="PreviousSecretExpiresAt"/>.</summary>
    public string? PreviousProtectedSecret { get; set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; set; }

    public bool Enabled { get; set; } = true;

    public DateTimeOffset? DisabledAt { get; set; }

    public string? DisabledReason { get; set; }

    /// <summary>The client that registered it.</summary>
    public string CreatedBy { get; set; } = "";
}
