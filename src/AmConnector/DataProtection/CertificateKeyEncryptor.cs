using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Logging;

namespace AmConnector.DataProtection;

/// <summary>
/// What <c>ProtectKeysWithCertificate</c> does, for a certificate known only once options are bound:
/// Data Protection's <see cref="CertificateXmlEncryptor"/> encrypts, and the element names
/// <see cref="CertificateKeyDecryptor"/> to open it (the built-in decryptor finds certificates through an
/// internal options type or the machine's certificate store, neither of which sees ours).
/// </summary>
internal sealed class CertificateKeyEncryptor(X509Certificate2 certificate, ILoggerFactory loggers) : IXmlEncryptor
{
    private readonly CertificateXmlEncryptor _inner = new(certificate, loggers);

    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(_inner.Encrypt(plaintextElement).EncryptedElement, typeof(CertificateKeyDecryptor));
}
