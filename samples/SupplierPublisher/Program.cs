// A supplier's system publishes a change notice and a CoA to AmConnector, signed with Standard Webhooks.
// Usage: dotnet run --project samples/SupplierPublisher
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AmConnector.Client;
using AmConnector.Client.Suppliers;
using AmConnector.Client.Suppliers.Events;
using Microsoft.Extensions.DependencyInjection;

var baseAddress = new Uri(Environment.GetEnvironmentVariable("AMCONNECTOR_URL") ?? "http://localhost:5080");
// The site issues the signing secret (POST /api/suppliers/{code}/webhook-secrets) and hands it over out
// of band. Against the demo server, the sample asks for one itself as the demo administrator.
var secret = Environment.GetEnvironmentVariable("AMCONNECTOR_WEBHOOK_SECRET") ?? await DemoSecretAsync(baseAddress, "NWB");

var services = new ServiceCollection();
services.AddAmConnectorClient(o =>
{
    o.BaseAddress = baseAddress;
    // The demo supplier client (reads its own notices); signing needs only the webhook secret.
    o.ClientId = "supplier-nwb";
    o.ClientSecret = "supplier-nwb-secret";
    o.SupplierCode = "NWB";
    o.SupplierWebhookSecret = secret;
});
await using var provider = services.BuildServiceProvider();
var publisher = provider.GetRequiredService<SupplierEventPublisher>();
var today = DateOnly.FromDateTime(DateTime.UtcNow);
var reference = $"SCN-{today:yyyy}-{Random.Shared.Next(100, 999)}";

var notice = await publisher.PublishChangeNoticeAsync(new ChangeNoticeDetails
{
    SupplierReference = reference,
    Area = "Site",
    Level = "Level2",
    Title = "Transfer of FBS filling to the Cork site",
    Description = "Aseptic filling of fetal bovine serum moves from Logan, UT to Cork, IE.",
    Rationale = "Capacity expansion.",
    AffectedCatalogueNumbers = ["NB-FBS-500"],
    PlannedImplementationOn = today.AddDays(120),
    Contact = new ContactPerson { Name = "Dana Whitfield", Email = "change.control@northwind-bio.example" },
});
Console.WriteLine($"{(int)notice.StatusCode} {notice.Type} {reference}: {notice.Result}");

var coa = await publisher.IssueCoaAsync(new CoaIssued
{
    CatalogueNumber = "NB-FBS-500",
    DocumentNumber = $"COA-FB-{Random.Shared.Next(10_000, 99_999)}",
    IssuedOn = today,
    Signatory = "J. Okafor, QA Manager",
    Lots = [new CoaLot { LotNumber = $"FB-{today:yy}-{Random.Shared.Next(1000, 9999)}", ManufacturedOn = today.AddDays(-20), ExpiresOn = today.AddYears(5) }],
    Results =
    [
        new CoaResult { TestName = "Endotoxin", Method = "USP <85>", Specification = new CoaSpecification { Kind = "Numeric", Upper = 10, Unit = "[EU]/mL" }, ReportedValue = 2.1m, ReportedUnit = "[EU]/mL" },
        new CoaResult { TestName = "Sterility", Method = "USP <71>", Specification = new CoaSpecification { Kind = "Qualitative", Expected = "NotDetected" }, ReportedResult = "Not detected" },
    ],
});
Console.WriteLine($"{(int)coa.StatusCode} {coa.Type}: {coa.Result}");

static async Task<string> DemoSecretAsync(Uri baseAddress, string supplierCode)
{
    using var http = new HttpClient { BaseAddress = baseAddress };
    using var token = await http.PostAsync(new Uri("connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials", ["client_id"] = "admin-demo", ["client_secret"] = "admin-demo-secret", ["scope"] = "clients.manage",
    }));
    token.EnsureSuccessStatusCode();
    var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
    using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"api/suppliers/{supplierCode}/webhook-secrets", UriKind.Relative));
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
    using var created = await http.SendAsync(request);
    created.EnsureSuccessStatusCode();
    return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
}
