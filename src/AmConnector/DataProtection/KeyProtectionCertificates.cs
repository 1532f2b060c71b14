using System.Security.Cryptography.X509Certificates;
using AmConnector.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AmConnector.DataProtection;

/// <summary>The configured key-protection certificate and the previous ones, loaded once.</summary>
internal sealed class KeyProtectionCertificates(IOptions<AmConnectorOptions> options, IHostEnvironment environment) : IDisposable
{
    public const string Setting = "AmConnector:DataProtection:KeyProtectionCertificate";
    public const string PreviousSetting = "AmConnector:DataProtection:PreviousKeyProtectionCertificates";

    private readonly Lazy<X509Certificate2?> _current = new(() => options.Value.DataProtection.ProtectsKeys
        ? CertificateFile.Load(options.Value.DataProtection.KeyProtectionCertificate, Setting, environment.ContentRootPath)
        : null);

    private readonly Lazy<IReadOnlyList<X509Certificate2>> _previous = new(() =>
        [.. options.Value.DataProtection.PreviousKeyProtectionCertificates.Select((c, i) => CertificateFile.Load(c, $"{PreviousSetting}:{i}", environment.ContentRootPath))]);

    /// <summary>The certificate that encrypts new keys, or null when none is configured.</summary>
    public X509Certificate2? Current => _current.Value;

    /// <summary>Every certificate that may decrypt a stored key: the current one first.</summary>
    public IEnumerable<X509Certificate2> ForDecryption => Current is { } current ? [current, .. _previous.Value] : _previous.Value;

    public void Dispose()
    {
        if (_current.IsValueCreated)
        {
            _current.Value?.Dispose();
        }

        if (_previous.IsValueCreated)
        {
            foreach (var certificate in _previous.Value)
            {
                certificate.Dispose();
            }
        }
    }
}
