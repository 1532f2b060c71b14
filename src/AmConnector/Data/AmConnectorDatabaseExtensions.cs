using Microsoft.Extensions.DependencyInjection;

namespace AmConnector.Data;

public static class AmConnectorDatabaseExtensions
{
    /// <summary>
    /// What the server does to its database at start (create the SQLite folder, migrate, WAL, demo
    /// seed when configured) for a tool that builds AmConnector's services but starts no host, so
    /// none of its hosted services (dispatcher, expiry) runs, e.g. the standalone server's CLI commands.
    /// </summary>
    public static Task InitializeAmConnectorDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        ActivatorUtilities.CreateInstance<DatabaseInitializer>(services).StartAsync(cancellationToken);
}
