using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AmConnector.IntegrationTests.ScaleOut;

/// <summary>Self-signed PFX files as a site's operator would mount them: RSA 2048 with its private key, password protected.</summary>
public static class SiteCertificates
{
    public const string Password = "test-pfx-password";

    /// <summary>Writes a new PFX to <paramref name="path"/> and returns the path.</summary>
    public static string Create(string path, string subject)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={subject}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
