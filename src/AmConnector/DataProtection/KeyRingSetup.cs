using AmConnector.Data;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmConnector.DataProtection;

/// <summary>
/// Puts the Data Protection key ring in the database (<see cref="DatabaseXmlRepository"/>), importing the
/// key files an earlier install kept under <c>{AmConnector:Auth:KeyFolder}/data-protection</c>, and
/// encrypts new keys with the key-protection certificate when one is configured. A host that configured
/// its own key repository or encryptor keeps it.
/// </summary>
internal sealed class KeyRingSetup(
    IServiceProvider services,
    IOptions<AmConnectorOptions> options,
    IHostEnvironment environment,
    KeyProtectionCertificates certificates,
    ILoggerFactory loggers) : IConfigureOptions<KeyManagementOptions>
{
    public const string LegacyFolderName = "data-protection";

    public void Configure(KeyManagementOptions keyManagement)
    {
        if (keyManagement.XmlEncryptor is null && certificates.Current is { } certificate)
        {
            keyManagement.XmlEncryptor = new CertificateKeyEncryptor(certificate, loggers);
        }

        if (keyManagement.XmlRepository is not null)
        {
            return;
        }

        var (provider, connectionString) = DatabaseConfigurator.Connection(services);
        var legacyFolder = new DirectoryInfo(Path.Combine(environment.ContentRootPath, options.Value.Auth.KeyFolder, LegacyFolderName));
        keyManagement.XmlRepository = new DatabaseXmlRepository(
            provider, connectionString, legacyFolder, keyManagement.XmlEncryptor, loggers.CreateLogger<DatabaseXmlRepository>());
    }
}
