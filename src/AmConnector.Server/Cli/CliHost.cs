using AmConnector.Data;

namespace AmConnector.Server.Cli;

/// <summary>
/// The server's services without the server: the same builder (appsettings.json, the environment's
/// appsettings, user secrets in Development, environment variables, the command line) and the same
/// AddAmConnector, then the database initialised as at start. The host is never started, so no hosted
/// service (webhook dispatcher, daily expiry, host-QMS worker) and no web server runs.
/// </summary>
internal static class CliHost
{
    public static async Task<WebApplication> BuildAsync(IEnumerable<string> configuration, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder([.. configuration]);
        // stdout is the command's result; the log goes to stderr.
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        // The server's Information lines (migrations, EF) would bury the command's progress: warnings and worse only.
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        // A first migration of SQLite warns that PRAGMA foreign_keys runs outside its transaction: expected, and not the user's to act on.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Migrations", LogLevel.Error);
        builder.Services.AddAmConnector();
        var app = builder.Build();
        await app.Services.InitializeAmConnectorDatabaseAsync(cancellationToken);
        return app;
    }
}
