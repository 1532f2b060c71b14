using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.DataProtection;

/// <summary>
/// Opens a key element encrypted by <see cref="CertificateKeyEncryptor"/> with the configured
/// key-protection certificate or a previous one. Data Protection creates it by the type name stored in
/// the key, through its constructor that takes the service provider.
/// </summary>
internal sealed class CertificateKeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var certificates = services.GetRequiredService<KeyProtectionCertificates>().ForDecryption.ToList();

        // EncryptedXml works on an XmlDocument and does not decrypt a root element: wrap it.
        var document = new XmlDocument { PreserveWhitespace = true };
        using (var reader = new XElement("root", encryptedElement).CreateReader())
        {
            document.Load(reader);
        }

        new WithCertificates(document, certificates).DecryptDocument();
        using var subtree = document.DocumentElement!.FirstChild!.CreateNavigator()!.ReadSubtree();
        return XElement.Load(subtree);
    }

    /// <summary>Finds the session key's decryption key among our certificates, by the certificate the key names.</summary>
    private sealed class WithCertificates(XmlDocument document, IReadOnlyList<X509Certificate2> certificates) : EncryptedXml(document)
    {
        public override byte[]? DecryptEncryptedKey(EncryptedKey encryptedKey)
        {
            var named = encryptedKey.KeyInfo?.OfType<KeyInfoX509Data>()
                .SelectMany(data => data.Certificates?.OfType<X509Certificate2>() ?? [])
                .Select(c => c.Thumbprint)
                .ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
            foreach (var certificate in certificates.Where(c => named.Contains(c.Thumbprint)))
            {
                using var key = certificate.GetRSAPrivateKey();
                if (key is not null)
                {
                    return DecryptKey(encryptedKey.CipherData.CipherValue!, key, encryptedKey.EncryptionMethod?.KeyAlgorithm == XmlEncRSAOAEPUrl);
                }
            }

            throw new CryptographicException(
                $"No configured key-protection certificate ({KeyProtectionCertificates.Setting} or {KeyProtectionCertificates.PreviousSetting}) " +
                $"opens this Data Protection key; it was encrypted for certificate {string.Join(", ", named)}.");
        }
    }
}
