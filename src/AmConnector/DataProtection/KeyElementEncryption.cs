using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace AmConnector.DataProtection;

/// <summary>
/// Encrypts the secret parts of a key element that was stored in clear, as Data Protection's key
/// manager does when it writes a new key (its helper is internal): every element marked
/// <c>requiresEncryption="true"</c> becomes <c>&lt;encryptedSecret decryptorType="…"&gt;</c> around the
/// encryptor's output. Used for key files imported from an install that had no certificate.
/// </summary>
internal static class KeyElementEncryption
{
    private static readonly XNamespace DataProtectionNamespace = "http://schemas.asp.net/2015/03/dataProtection";
    private static readonly XName RequiresEncryption = DataProtectionNamespace + "requiresEncryption";
    private static readonly XName EncryptedSecret = DataProtectionNamespace + "encryptedSecret";

    public static XElement EncryptSecrets(XElement element, IXmlEncryptor encryptor)
    {
        var copy = new XElement(element);
        foreach (var secret in copy.DescendantsAndSelf().Where(IsMarked).ToList())
        {
            var encrypted = encryptor.Encrypt(new XElement(secret));
            secret.ReplaceWith(new XElement(
                EncryptedSecret,
                new XAttribute("decryptorType", encrypted.DecryptorType.AssemblyQualifiedName!),
                encrypted.EncryptedElement));
        }

        return copy;
    }

    private static bool IsMarked(XElement element) =>
        element.Attribute(RequiresEncryption) is { } marked && XmlConvert.ToBoolean(marked.Value);
}
