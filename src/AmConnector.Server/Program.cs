using AmConnector;
using AmConnector.Server;

// AmConnector standalone server: the plugin in a bare ASP.NET Core host, for sites that run it
// beside their QMS/LIMS. Everything it serves comes from AddAmConnector / MapAmConnector.
if (args.FirstOrDefault() == HealthProbe.Command)
{
    return await HealthProbe.RunAsync(args);
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
