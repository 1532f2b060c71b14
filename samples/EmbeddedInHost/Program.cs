// A foreign ASP.NET Core application (a QMS, say) that mounts AmConnector under /am beside its own
// endpoints. Usage: dotnet run --project samples/EmbeddedInHost
using AmConnector;

var builder = WebApplication.CreateBuilder(args);

// The host's own services first, then the plugin; its settings come from the host's configuration
// (the AmConnector section of appsettings.json here) and from code, which wins.
builder.Services.AddAmConnector(o => o.PathPrefix = "am").UseSqlite();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapGet("/", () => "The host's own endpoint. AmConnector answers under /am: /am/odata, /am/connect/token, /am/health/ready.");
app.MapAmConnector();

await app.RunAsync();
