using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmConnector.DataProtection;

/// <summary>
/// Warns at start, outside Development, when the key ring is stored without encryption: then a copy of
/// the database alone opens the webhook secrets it holds (design principle 6). A warning, not a
/// refusal, so an install upgrades without a certificate first and adds one when it can.
/// </summary>
internal sealed partial class KeyRingProtectionWarning(
    IOptions<KeyManagementOptions> keyManagement, IHostEnvironment environment, ILogger<KeyRingProtectionWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() && keyManagement.Value.XmlEncryptor is null)
        {
            LogUnprotected(logger, KeyProtectionCertificates.Setting);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning,
        Message = "The Data Protection key ring is stored in the database without encryption, so a copy of the database alone opens the webhook secrets. Set {Setting} (a PFX with its private key, kept apart from database backups).")]
    private static partial void LogUnprotected(ILogger logger, string setting);
}
