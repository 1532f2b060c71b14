using AmConnector.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AmConnector.Benchmarks.Hosting;

/// <summary>
/// AmConnector as a site runs it (the plugin in a bare host, SQLite file, demo data), on a free
/// loopback port over real HTTP, in a folder of its own that is deleted afterwards.
/// </summary>
internal sealed class PluginHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private PluginHost(WebApplication app, string folder, Uri address)
    {
        this.app = app;
        Folder = folder;
        Address = address;
    }

    public string Folder { get; }

    public Uri Address { get; }

    public IServiceProvider Services => app.Services;

    /// <param name="middleware">Middleware the host puts before AmConnector's endpoints (e.g. the standalone server's exception handler and status-code pages).</param>
    public static async Task<PluginHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<WebApplication>? middleware = null)
    {
        var folder = Directory.CreateTempSubdirectory("amconnector-bench-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = Environments.Development });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AmConnector:Database:SqliteFile"] = Path.Combine(folder, "amconnector.db"),
            ["AmConnector:Demo:Seed"] = "true",
            ["AmConnector:Auth:RateLimit:Enabled"] = "false",
            ["AmConnector:Expiry:Enabled"] = "false",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddAmConnector();
        var app = builder.Build();
        middleware?.Invoke(app);
        app.MapAmConnector();
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new PluginHost(app, folder, address);
    }

    public AsyncServiceScope Scope(out AmConnectorDbContext db)
    {
        var scope = app.Services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<AmConnectorDbContext>();
        return scope;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
