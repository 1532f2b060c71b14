using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AmConnector.DataProtection;
using AmConnector.Security;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace AmConnector.Tests.DataProtection;

public sealed class KeyRingOptionsValidatorTests : IDisposable
{
    private const string Password = "unit-test-pfx";
    private readonly string _folder = Directory.CreateTempSubdirectory("amconnector-keyring-unit-").FullName;

    [Fact]
    public void Validate_NoCertificate_Succeeds() => Assert.True(Validate(new KeyRingOptions()).Succeeded);

    [Fact]
    public void Validate_CertificateWithRsaPrivateKey_Succeeds()
    {
        var options = new KeyRingOptions { KeyProtectionCertificate = new CertificateOptions { Path = WritePfx("ok.pfx"), Password = Password } };

        Assert.True(Validate(options).Succeeded);
    }

    [Fact]
    public void Validate_MissingFile_FailsNamingTheSetting()
    {
        var options = new KeyRingOptions { KeyProtectionCertificate = new CertificateOptions { Path = "missing.pfx" } };

        var result = Validate(options);

        Assert.True(result.Failed);
        Assert.Contains("AmConnector:DataProtection:KeyProtectionCertificate:Path", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WrongPassword_FailsNamingThePasswordSetting()
    {
        var options = new KeyRingOptions { KeyProtectionCertificate = new CertificateOptions { Path = WritePfx("pw.pfx"), Password = "wrong" } };

        var result = Validate(options);

        Assert.True(result.Failed);
        Assert.Contains("AmConnector:DataProtection:KeyProtectionCertificate:Password", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PasswordWithoutPath_Fails()
    {
        var options = new KeyRingOptions { KeyProtectionCertificate = new CertificateOptions { Password = Password } };

        Assert.True(Validate(options).Failed);
    }

    [Fact]
    public void Validate_MissingPreviousCertificate_FailsNamingItsIndex()
    {
        var options = new KeyRingOptions { PreviousKeyProtectionCertificates = [new CertificateOptions { Path = "old.pfx" }] };

        var result = Validate(options);

        Assert.Contains("AmConnector:DataProtection:PreviousKeyProtectionCertificates:0:Path", result.FailureMessage, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Microsoft.Extensions.Options.ValidateOptionsResult Validate(KeyRingOptions keyRing) =>
        new KeyRingOptionsValidator(new Environment(_folder)).Validate(null, new AmConnectorOptions { DataProtection = keyRing });

    private string WritePfx(string name)
    {
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=unit", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllBytes(Path.Combine(_folder, name), certificate.Export(X509ContentType.Pfx, Password));
        return name;
    }

    private sealed class Environment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
