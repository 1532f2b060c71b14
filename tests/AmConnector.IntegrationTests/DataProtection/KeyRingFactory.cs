using AmConnector.Data;
using AmConnector.DataProtection;
using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.IntegrationTests.DataProtection;

/// <summary>
/// The server on an empty database in <paramref name="folder"/> (which the test owns), with extra
/// settings and services: an install being upgraded, a host with its own key repository, a database copy.
/// </summary>
public sealed class KeyRingFactory(string folder, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    : AmConnectorFactory(folder)
{
    protected override bool SeedDemoData => false;

    protected override bool OwnsFolder => false;

    protected override IEnumerable<KeyValuePair<string, string>> Settings => settings ?? new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }

    internal async Task<List<DataProtectionKey>> StoredKeysAsync()
    {
        await using var scope = Scope(out AmConnectorDbContext db);
        return await db.Set<DataProtectionKey>().AsNoTracking().OrderBy(k => k.Id).ToListAsync();
    }
}
