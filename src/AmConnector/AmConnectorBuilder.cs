using AmConnector.Data;
using Microsoft.Extensions.DependencyInjection;

namespace AmConnector;

/// <summary>
/// Returned by <see cref="AmConnectorServiceCollectionExtensions.AddAmConnector"/> to choose the
/// database and, in later features, the token server and host systems. Every method may be called
/// more than once; the last choice wins.
/// </summary>
public sealed class AmConnectorBuilder
{
    internal AmConnectorBuilder(IServiceCollection services) => Services = services;

    public IServiceCollection Services { get; }

    /// <summary>Embedded SQLite (the default): a file under <c>data/</c> in the content root, or <c>ConnectionStrings:AmConnector</c>.</summary>
    public AmConnectorBuilder UseSqlite() => UseProvider(DatabaseProvider.Sqlite);

    /// <summary>SQL Server (production), from <c>ConnectionStrings:AmConnector</c>.</summary>
    public AmConnectorBuilder UseSqlServer() => UseProvider(DatabaseProvider.SqlServer);

    private AmConnectorBuilder UseProvider(DatabaseProvider provider)
    {
        Services.Configure<AmConnectorOptions>(o => o.Database.Provider = provider);
        return this;
    }
}
