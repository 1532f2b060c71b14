using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmConnector.Webhooks;

/// <summary>
/// Keeps the Data Protection key ring beside the token keys (<c>AmConnector:Auth:KeyFolder</c>, under
/// the content root), so webhook secrets stored protected still open after a restart. A host that
/// configured its own key repository keeps it.
/// </summary>
internal sealed class DataProtectionKeyFolderSetup(IOptions<AmConnectorOptions> options, IHostEnvironment environment, ILoggerFactory loggers)
    : IConfigureOptions<KeyManagementOptions>
{
    public void Configure(KeyManagementOptions keyManagement)
    {
        if (keyManagement.XmlRepository is not null)
        {
            return;
        }

        var folder = new DirectoryInfo(Path.Combine(environment.ContentRootPath, options.Value.Auth.KeyFolder, "data-protection"));
        keyManagement.XmlRepository = new FileSystemXmlRepository(folder, loggers);
    }
}
