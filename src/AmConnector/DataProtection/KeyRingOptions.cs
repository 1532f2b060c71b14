using AmConnector.Security;

namespace AmConnector.DataProtection;

/// <summary>
/// <c>AmConnector:DataProtection</c>: how the Data Protection key ring (stored in the database) is
/// protected at rest. Without a certificate the keys are stored in clear, and a copy of the database
/// alone opens the webhook secrets (design principle 6); outside Development a warning says so at start.
/// </summary>
public sealed class KeyRingOptions
{
    /// <summary>
    /// A certificate (PFX with its RSA private key) that encrypts each key's secret before it is stored.
    /// Every instance needs the same one. Keep it apart from the database backups.
    /// </summary>
    public CertificateOptions KeyProtectionCertificate { get; set; } = new();

    /// <summary>
    /// Certificates that protected keys before a certificate change: they only decrypt, so keys stored
    /// under the old certificate still open until they expire.
    /// </summary>
    public List<CertificateOptions> PreviousKeyProtectionCertificates { get; set; } = [];

    internal bool ProtectsKeys => !string.IsNullOrWhiteSpace(KeyProtectionCertificate.Path);
}
