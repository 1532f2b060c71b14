using System.Security.Cryptography.X509Certificates;
using AmConnector.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AmConnector.DataProtection;

/// <summary>Start-up checks of <c>AmConnector:DataProtection</c>: each configured certificate opens and has an RSA private key.</summary>
internal sealed class KeyRingOptionsValidator(IHostEnvironment environment) : IValidateOptions<AmConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, AmConnectorOptions options)
    {
        var settings = options.DataProtection;
        var failures = new List<string>();
        if (settings.ProtectsKeys)
        {
            Check(settings.KeyProtectionCertificate, KeyProtectionCertificates.Setting, failures);
        }
        else if (!string.IsNullOrEmpty(settings.KeyProtectionCertificate.Password))
        {
            failures.Add($"{KeyProtectionCertificates.Setting}:Password is set but {KeyProtectionCertificates.Setting}:Path is not.");
        }

        for (var i = 0; i < settings.PreviousKeyProtectionCertificates.Count; i++)
        {
            Check(settings.PreviousKeyProtectionCertificates[i], $"{KeyProtectionCertificates.PreviousSetting}:{i}", failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void Check(CertificateOptions certificate, string setting, List<string> failures)
    {
        try
        {
            using var loaded = CertificateFile.Load(certificate, setting, environment.ContentRootPath);
            using var key = loaded.GetRSAPrivateKey();
            if (key is null)
            {
                failures.Add($"{setting}: the certificate has no RSA private key; Data Protection encrypts keys with RSA.");
            }
        }
        catch (InvalidOperationException ex)
        {
            failures.Add(ex.Message);
        }
    }
}
