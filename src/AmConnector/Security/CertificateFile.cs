using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AmConnector.Security;

/// <summary>Loads a <see cref="CertificateOptions"/> PFX; each failure names the setting to fix.</summary>
internal static class CertificateFile
{
    /// <summary>The certificate with its private key. <paramref name="setting"/> names the section, e.g. <c>AmConnector:DataProtection:KeyProtectionCertificate</c>.</summary>
    public static X509Certificate2 Load(CertificateOptions options, string setting, string contentRoot)
    {
        var path = Path.Combine(contentRoot, options.Path ?? "");
        if (string.IsNullOrWhiteSpace(options.Path) || !File.Exists(path))
        {
            throw new InvalidOperationException($"{setting}:Path names '{path}', which does not exist.");
        }

        X509Certificate2 certificate;
        try
        {
            // Ephemeral: the private key stays in memory, nothing is written to a key store (read-only containers).
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.Password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException($"{setting}: '{path}' could not be read as a PFX with {setting}:Password ({ex.Message}).", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"{setting}: the certificate in '{path}' has no private key.");
        }

        return certificate;
    }
}
