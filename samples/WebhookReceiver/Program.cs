// Receives AmConnector's webhooks, verifies them and prints them.
// Without AMCONNECTOR_WEBHOOK_SECRET it registers itself as an endpoint (demo client qms-host) and asks for a test event.
using AmConnector.Client;
using AmConnector.Client.Receiving;
using AmConnector.Client.Receiving.Events;
using AmConnector.Client.Webhooks;

var builder = WebApplication.CreateBuilder(args);
var url = builder.Configuration["urls"] ?? "http://localhost:5090";
builder.WebHost.UseUrls(url);
builder.Services.AddAmConnectorClient(o =>
{
    o.BaseAddress = new Uri(Environment.GetEnvironmentVariable("AMCONNECTOR_URL") ?? "http://localhost:5080");
    o.ClientId = "qms-host";
    o.ClientSecret = "qms-host-secret";
});
var app = builder.Build();

var secret = Environment.GetEnvironmentVariable("AMCONNECTOR_WEBHOOK_SECRET");
Guid? registered = null;
if (secret is null)
{
    var created = await app.Services.GetRequiredService<IWebhookEndpointsApi>().CreateAsync(
        new WebhookEndpointRequest { Url = new Uri(url.TrimEnd('/') + "/hooks/am"), Description = "WebhookReceiver sample" });
    (secret, registered) = (created.Secret, created.Endpoint.Id);
    Console.WriteLine($"Registered endpoint {created.Endpoint.Id}");
}

app.MapAmConnectorWebhooks("/hooks/am", secret, (AmConnectorEvent e) => Console.WriteLine(e.Data switch
{
    LotStatusChanged c => $"{e.Type}: lot {c.LotNumber} {c.From} -> {c.To} ({c.Reason})",
    ChangeNoticeReceived n => $"{e.Type}: {n.Notice.SupplierCode} {n.Notice.SupplierReference} v{n.Notice.Version} {n.Notice.Title}",
    WebhookTest t => $"{e.Type}: requested by {t.RequestedBy} at {t.RequestedAt:O}",
    _ => $"{e.Type}: {e.RawData}",
}));

await app.StartAsync();
if (registered is { } id)
{
    await app.Services.GetRequiredService<IWebhookEndpointsApi>().SendTestAsync(id);
}

await app.WaitForShutdownAsync();
