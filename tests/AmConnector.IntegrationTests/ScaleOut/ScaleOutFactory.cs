using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.IntegrationTests.Webhooks.Outbound;
using AmConnector.Outbox;
using AmConnector.Webhooks.Outbound;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmConnector.IntegrationTests.ScaleOut;

/// <summary>
/// One instance of a scaled-out site: its own content folder (token keys and files are not shared),
/// the site's database file and certificates from configuration, and the hosted webhook dispatcher ON,
/// polling often so that both instances compete for the same deliveries.
/// </summary>
public sealed class ScaleOutFactory(ScaleOutSite site, bool seedDemoData) : AmConnectorFactory
{
    protected override bool SeedDemoData => seedDemoData;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("AmConnector:Database:SqliteFile", site.DatabaseFile),
        new("AmConnector:Auth:SigningCertificate:Path", site.SigningCertificate),
        new("AmConnector:Auth:SigningCertificate:Password", SiteCertificates.Password),
        new("AmConnector:DataProtection:KeyProtectionCertificate:Path", site.KeyProtectionCertificate),
        new("AmConnector:DataProtection:KeyProtectionCertificate:Password", SiteCertificates.Password),
        new("AmConnector:Webhooks:DispatcherEnabled", "true"),
        new("AmConnector:Webhooks:PollInterval", "00:00:00.100"),
        new("AmConnector:Webhooks:AllowedPrivateHosts:0", "127.0.0.1"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IWebhookHostResolver>(new FakeHostResolver())));
    }

    /// <summary>Commits an outbox message on this instance, as a feature would.</summary>
    public async Task PublishAsync(int number)
    {
        await using var scope = Scope(out var db);
        db.Audit.SystemActor = "test";
        scope.ServiceProvider.GetRequiredService<OutboxWriter>()
            .Add(db, EventTypes.LotStatusChanged, $"lots/NWB/NB-FBS-500/L-{number}", new { lotId = Guid.NewGuid(), status = "Released" }, "NWB", "NB-FBS-500");
        await db.SaveChangesAsync();
    }
}
