using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AmConnector.IntegrationTests.Infrastructure;
using AmConnector.Lots;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.OData;

public sealed class WriteTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    private readonly HttpClient _client = factory.CreateClientFor(TestClients.Qa);

    [Fact]
    public async Task Creating_a_supplier_returns_201_and_stores_it()
    {
        var response = await _client.PostAsJsonAsync("/odata/Suppliers", new
        {
            Code = "TST1",
            Name = "Test Reagents Ltd",
            Country = "GB",
            Approval = "Pending",
            QualityAgreement = new { Level1NoticeDays = 120 },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadJsonAsync();
        Assert.Equal(1, created.GetProperty("Revision").GetInt64());
        await using var scope = factory.Scope(out var db);
        var stored = await db.Suppliers.SingleAsync(s => s.Code == "TST1");
        Assert.Equal(120, stored.QualityAgreement.Level1NoticeDays);
        Assert.NotEqual(default, stored.CreatedAt);
        Assert.Equal(TimeSpan.Zero, stored.CreatedAt.Offset);
    }

    [Fact]
    public async Task Creating_a_supplier_with_bad_fields_names_each_field_and_stores_nothing()
    {
        await using var scope = factory.Scope(out var db);
        var before = await db.Suppliers.CountAsync();

        var response = await _client.PostAsJsonAsync("/odata/Suppliers", new { Code = "bad code!", Name = "", Country = "Germany" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var targets = (await response.ReadJsonAsync()).ErrorDetails().Select(d => d.Target).ToList();
        Assert.Contains("Code", targets);
        Assert.Contains("Name", targets);
        Assert.Contains("Country", targets);
        Assert.Equal(before, await db.Suppliers.CountAsync());
    }

    [Fact]
    public async Task A_body_with_an_unknown_property_or_a_wrong_type_is_a_400()
    {
        var unknown = await _client.PostAsJsonAsync("/odata/Suppliers", new { Code = "TST9", Name = "X", Country = "GB", Colour = "red" });
        var wrongType = await _client.PostAsJsonAsync("/odata/Suppliers", new { Code = "TST9", Name = "X", Country = "GB", Approval = 42.5 });
        var notJson = await _client.PostAsync("/odata/Suppliers", new StringContent("{\"Code\":", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        await using var scope = factory.Scope(out var db);
        Assert.False(await db.Suppliers.AnyAsync(s => s.Code == "TST9"));
    }

    [Fact]
    public async Task A_duplicate_natural_key_is_a_409()
    {
        var first = await _client.PostAsJsonAsync("/odata/Suppliers", new { Code = "DUP1", Name = "One", Country = "FR" });
        var second = await _client.PostAsJsonAsync("/odata/Suppliers", new { Code = "DUP1", Name = "Two", Country = "FR" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Fact]
    public async Task A_lot_created_by_the_materials_natural_key_starts_in_quarantine_with_its_key_parts()
    {
        await using var scope = factory.Scope(out var db);
        var material = await db.Materials.AsNoTracking().FirstAsync();

        var response = await _client.PostAsJsonAsync("/odata/Lots", new
        {
            material.SupplierCode,
            material.CatalogueNumber,
            LotNumber = "NEW-LOT-001",
            ManufacturedOn = "2026-01-10",
            ExpiresOn = "2028-01-10",
            Quantity = 500,
            QuantityUnit = "mL",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var lot = await db.Lots.AsNoTracking().SingleAsync(l => l.LotNumber == "NEW-LOT-001");
        Assert.Equal(material.Id, lot.MaterialId);
        Assert.Equal(LotStatus.Quarantine, lot.Status);
    }

    [Fact]
    public async Task A_lot_cannot_be_created_released_or_expiring_before_manufacture()
    {
        await using var scope = factory.Scope(out var db);
        var material = await db.Materials.AsNoTracking().FirstAsync();
        var before = await db.Lots.CountAsync();

        var response = await _client.PostAsJsonAsync("/odata/Lots", new
        {
            MaterialId = material.Id,
            LotNumber = "BAD-LOT",
            Status = "Released",
            ManufacturedOn = "2026-05-01",
            ExpiresOn = "2026-01-01",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var targets = (await response.ReadJsonAsync()).ErrorDetails().Select(d => d.Target).ToList();
        Assert.Contains("Status", targets);
        Assert.Contains("ExpiresOn", targets);
        Assert.Equal(before, await db.Lots.CountAsync());
    }

    [Fact]
    public async Task Patch_without_If_Match_is_refused_with_428()
    {
        var supplier = await CreateSupplierAsync("ETG1");

        var response = await _client.PatchAsJsonAsync($"/odata/Suppliers({supplier})", new { Name = "Renamed" });

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
    }

    [Fact]
    public async Task Patch_with_the_current_ETag_changes_the_record_and_moves_its_ETag()
    {
        var supplier = await CreateSupplierAsync("ETG2");
        var etag = await ETagOfAsync($"/odata/Suppliers({supplier})");

        var response = await PatchAsync($"/odata/Suppliers({supplier})", new { Name = "Renamed", Address = new { City = "Basel" } }, etag);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.NotEqual(etag, await ETagOfAsync($"/odata/Suppliers({supplier})"));
        await using var scope = factory.Scope(out var db);
        var stored = await db.Suppliers.AsNoTracking().SingleAsync(s => s.Id == supplier);
        Assert.Equal(("Renamed", "Basel", 2L), (stored.Name, stored.Address.City, stored.Revision));
    }

    [Fact]
    public async Task Patch_with_a_stale_ETag_is_412_and_changes_nothing()
    {
        var supplier = await CreateSupplierAsync("ETG3");
        var stale = await ETagOfAsync($"/odata/Suppliers({supplier})");
        Assert.Equal(HttpStatusCode.NoContent, (await PatchAsync($"/odata/Suppliers({supplier})", new { Name = "First" }, stale)).StatusCode);

        var response = await PatchAsync($"/odata/Suppliers({supplier})", new { Name = "Second" }, stale);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        await using var scope = factory.Scope(out var db);
        Assert.Equal("First", (await db.Suppliers.AsNoTracking().SingleAsync(s => s.Id == supplier)).Name);
    }

    [Fact]
    public async Task Patch_of_a_property_managed_by_AmConnector_is_refused_by_name()
    {
        await using var scope = factory.Scope(out var db);
        var lot = await db.Lots.AsNoTracking().FirstAsync(l => l.Status == LotStatus.Quarantine);
        var etag = await ETagOfAsync($"/odata/Lots({lot.Id})");

        var response = await PatchAsync($"/odata/Lots({lot.Id})", new { Status = "Released" }, etag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Status", (await response.ReadJsonAsync()).ErrorDetails().Select(d => d.Target));
        Assert.Equal(LotStatus.Quarantine, (await db.Lots.AsNoTracking().SingleAsync(l => l.Id == lot.Id)).Status);
    }

    [Fact]
    public async Task Delete_is_refused_because_GMP_records_are_retired_by_status()
    {
        await using var scope = factory.Scope(out var db);
        var lot = await db.Lots.AsNoTracking().FirstAsync();

        var response = await _client.DeleteAsync($"/odata/Lots({lot.Id})");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("retired by status", (await response.ReadJsonAsync()).ErrorMessage(), StringComparison.Ordinal);
        Assert.True(await db.Lots.AnyAsync(l => l.Id == lot.Id));
    }

    private async Task<Guid> CreateSupplierAsync(string code)
    {
        var response = await _client.PostAsJsonAsync("/odata/Suppliers", new { Code = code, Name = code, Country = "CH" });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("Id").GetGuid();
    }

    private async Task<string> ETagOfAsync(string url) =>
        (await (await _client.GetAsync(url)).ReadJsonAsync()).GetProperty("@odata.etag").GetString()!;

    private Task<HttpResponseMessage> PatchAsync(string url, object body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return _client.SendAsync(request);
    }
}
