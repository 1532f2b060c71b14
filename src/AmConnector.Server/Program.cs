using AmConnector;

// AmConnector standalone server: the plugin in a bare ASP.NET Core host, for sites that run it
// beside their QMS/LIMS. Everything it serves comes from AddAmConnector / MapAmConnector.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAmConnector();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapAmConnector();

await app.RunAsync();

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
