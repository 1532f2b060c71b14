using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace AmConnector.Security.TokenServer;

/// <summary>
/// The built-in server's keys. Outside Development (and the test environment) they come from the
/// configured certificate, which every instance shares, and start-up fails without it. In
/// Development they are generated once and kept under <c>data/</c>, so tokens survive a restart.
/// </summary>
internal static class TokenKeys
{
    public const string TestingEnvironment = "Testing";
    private const string SigningKeyFile = "token-signing-key.pem";
    private const string EncryptionKeyFile = "token-encryption-key.bin";

    public static (SigningCredentials Signing, EncryptingCredentials Encrypting) Load(AuthOptions auth, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(auth.SigningCertificate.Path))
        {
            var path = Path.Combine(environment.ContentRootPath, auth.SigningCertificate.Path);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"AmConnector:Auth:SigningCertificate:Path names '{path}', which does not exist.");
            }

            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, auth.SigningCertificate.Password, X509KeyStorageFlags.EphemeralKeySet);
            if (!certificate.HasPrivateKey)
            {
                throw new InvalidOperationException($"The certificate in AmConnector:Auth:SigningCertificate:Path ('{path}') has no private key.");
            }

            var key = new X509SecurityKey(certificate);
            return (new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
                new EncryptingCredentials(key, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
        }

        if (!MayGenerateKeys(environment))
        {
            throw new InvalidOperationException(
                "AmConnector:Auth:SigningCertificate:Path is not set. Outside Development the built-in token server signs " +
                "tokens with a certificate from configuration (a PFX with its private key, and " +
                "AmConnector:Auth:SigningCertificate:Password), shared by every instance. Set it, or set " +
                "AmConnector:Auth:Authority to use an external authority instead.");
        }

        var folder = Path.Combine(environment.ContentRootPath, auth.KeyFolder);
        Directory.CreateDirectory(folder);
        var rsa = RSA.Create();
        rsa.ImportFromPem(ReadOrCreate(Path.Combine(folder, SigningKeyFile), () =>
        {
            using var fresh = RSA.Create(2048);
            return System.Text.Encoding.ASCII.GetBytes(fresh.ExportPkcs8PrivateKeyPem());
        }).Select(b => (char)b).ToArray());
        var signing = new RsaSecurityKey(rsa) { KeyId = KeyId(rsa) };
        var encryption = new SymmetricSecurityKey(ReadOrCreate(Path.Combine(folder, EncryptionKeyFile), () => RandomNumberGenerator.GetBytes(32)));
        return (new SigningCredentials(signing, SecurityAlgorithms.RsaSha256),
            new EncryptingCredentials(encryption, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    public static bool MayGenerateKeys(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(TestingEnvironment);

    /// <summary>Reads the key file, or writes a new one readable by this user only; a concurrent writer's file wins.</summary>
    private static byte[] ReadOrCreate(string path, Func<byte[]> create)
    {
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, create());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }

        return File.ReadAllBytes(path);
    }

    /// <summary>A stable key id (RFC 7638 thumbprint), so resource servers that cached the JWKS keep matching after a restart.</summary>
    private static string KeyId(RSA rsa) =>
        Base64UrlEncoder.Encode(new RsaSecurityKey(rsa.ExportParameters(false)).ComputeJwkThumbprint());
}
