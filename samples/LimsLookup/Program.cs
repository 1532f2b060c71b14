// A LIMS asks AmConnector whether lots may be used, in one batch call.
// Usage: dotnet run --project samples/LimsLookup -- [use] [SUPPLIER/CATALOGUE/LOT ...]
using AmConnector.Client;
using AmConnector.Client.Lims;
using Microsoft.Extensions.DependencyInjection;

var use = args.Length > 0 ? args[0] : "T-cell expansion";
List<LotKey> lots = args.Length > 1
    ? [.. args.Skip(1).Select(a => a.Split('/')).Select(p => new LotKey(p[0], p[1], p[2]))]
    : [new("HLX", "HX-IL2-22M", "AZ2407"), new("NWB", "NB-FBS-500", "FB-25-0311"), new("HLX", "HX-IL2-22M", "NO-SUCH-LOT")];

var services = new ServiceCollection();
services.AddAmConnectorClient(o =>
{
    o.BaseAddress = new Uri(Environment.GetEnvironmentVariable("AMCONNECTOR_URL") ?? "http://localhost:5080");
    // The demo LIMS client (src/AmConnector/Security/TokenServer/DemoClients.cs); use your own outside the demo.
    o.ClientId = Environment.GetEnvironmentVariable("AMCONNECTOR_CLIENT_ID") ?? "lims-demo";
    o.ClientSecret = Environment.GetEnvironmentVariable("AMCONNECTOR_CLIENT_SECRET") ?? "lims-demo-secret";
});
await using var provider = services.BuildServiceProvider();
var lims = provider.GetRequiredService<ILimsApi>();

foreach (var verdict in await lims.CheckUsabilityAsync(lots, use))
{
    Console.WriteLine($"{verdict.SupplierCode}/{verdict.CatalogueNumber}/{verdict.LotNumber}: {verdict.Verdict}");
    foreach (var reason in verdict.Reasons)
    {
        Console.WriteLine($"  {(reason.Blocking ? "blocks" : "condition")} {reason.Code}: {reason.Message}");
    }
}
