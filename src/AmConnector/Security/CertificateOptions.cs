namespace AmConnector.Security;

/// <summary>A certificate with its private key, from a PFX file (or one mounted from a secret store).</summary>
public sealed class CertificateOptions
{
    /// <summary>Path of the PFX (PKCS #12) file, content-root relative or absolute.</summary>
    public string? Path { get; set; }

    /// <summary>Its password; from a secret store or environment variable, never from a committed file.</summary>
    public string? Password { get; set; }
}
