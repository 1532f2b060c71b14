using AmConnector;
using AmConnector.Server;
using AmConnector.Server.Cli;

// AmConnector standalone server: the plugin in a bare ASP.NET Core host, for sites that run it
// beside their QMS/LIMS. Everything it serves comes from AddAmConnector / MapAmConnector.
// A first word that names a command (healthcheck, import, export) runs that command instead (Cli/CliCommands.cs).
if (CliCommands.Router.Handles(args))
{
    return await CliCommands.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);

builder.AddServerTelemetry();
builder.Services.AddAmConnector();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapAmConnector();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
