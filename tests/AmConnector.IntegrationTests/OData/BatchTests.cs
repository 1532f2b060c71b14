using System.Net;
using System.Text;
using AmConnector.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmConnector.IntegrationTests.OData;

public sealed class BatchTests(AmConnectorFactory factory) : IClassFixture<AmConnectorFactory>
{
    private readonly HttpClient _client = factory.CreateClientFor(TestClients.Qa);

    [Fact]
    public async Task A_JSON_batch_runs_reads_and_an_atomic_change_set()
    {
        var body = $$"""
        {
          "requests": [
            { "id": "r1", "method": "GET", "url": "Materials?$top=1&$select=Name" },
            { "id": "w1", "atomicityGroup": "g1", "method": "POST", "url": "Suppliers",
              "headers": { "content-type": "application/json" }, "body": { "Code": "BJ1", "Name": "Batch One", "Country": "DE" } },
            { "id": "w2", "atomicityGroup": "g1", "method": "POST", "url": "Suppliers",
              "headers": { "content-type": "application/json" }, "body": { "Code": "BJ2", "Name": "Batch Two", "Country": "DE" } }
          ]
        }
        """;

        var response = await _client.PostAsync("/odata/$batch", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var statuses = (await response.ReadJsonAsync()).GetProperty("responses").EnumerateArray().Select(r => r.GetProperty("status").GetInt32()).ToList();
        Assert.Equal([200, 201, 201], statuses);
        await using var scope = factory.Scope(out var db);
        Assert.Equal(2, await db.Suppliers.CountAsync(s => s.Code == "BJ1" || s.Code == "BJ2"));
    }

    [Fact]
    public async Task A_JSON_batch_change_set_with_one_failing_request_stores_nothing()
    {
        var body = """
        {
          "requests": [
            { "id": "w1", "atomicityGroup": "g1", "method": "POST", "url": "Suppliers",
              "headers": { "content-type": "application/json" }, "body": { "Code": "BJ3", "Name": "Kept?", "Country": "DE" } },
            { "id": "w2", "atomicityGroup": "g1", "method": "POST", "url": "Suppliers",
              "headers": { "content-type": "application/json" }, "body": { "Code": "BJ4", "Name": "", "Country": "nowhere" } }
          ]
        }
        """;

        var response = await _client.PostAsync("/odata/$batch", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var statuses = (await response.ReadJsonAsync()).GetProperty("responses").EnumerateArray().Select(r => r.GetProperty("status").GetInt32());
        Assert.Contains(400, statuses);
        await using var scope = factory.Scope(out var db);
        Assert.False(await db.Suppliers.AnyAsync(s => s.Code == "BJ3" || s.Code == "BJ4"));
    }

    [Fact]
    public async Task A_multipart_batch_change_set_with_one_failing_request_stores_nothing()
    {
        var body = string.Join("\r\n",
            "--batch_1",
            "Content-Type: multipart/mixed; boundary=changeset_1",
            "",
            "--changeset_1",
            "Content-Type: application/http",
            "Content-Transfer-Encoding: binary",
            "Content-ID: 1",
            "",
            "POST https://localhost/odata/Suppliers HTTP/1.1",
            "Content-Type: application/json",
            "",
            """{"Code":"BM1","Name":"Multipart One","Country":"IT"}""",
            "--changeset_1",
            "Content-Type: application/http",
            "Content-Transfer-Encoding: binary",
            "Content-ID: 2",
            "",
            "POST https://localhost/odata/Suppliers HTTP/1.1",
            "Content-Type: application/json",
            "",
            """{"Code":"BM1","Name":"Duplicate code","Country":"IT"}""",
            "--changeset_1--",
            "--batch_1--",
            "");
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/mixed; boundary=batch_1");

        var response = await _client.PostAsync("/odata/$batch", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("409", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = factory.Scope(out var db);
        Assert.False(await db.Suppliers.AnyAsync(s => s.Code == "BM1"));
    }

    [Fact]
    public async Task A_batch_request_to_another_host_is_a_400_not_a_500()
    {
        var body = string.Join("\r\n",
            "--batch_2",
            "Content-Type: application/http",
            "Content-Transfer-Encoding: binary",
            "",
            "GET http://elsewhere.example/odata/Suppliers HTTP/1.1",
            "",
            "",
            "--batch_2--",
            "");
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/mixed; boundary=batch_2");

        var response = await _client.PostAsync("/odata/$batch", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("malformed", (await response.ReadJsonAsync()).ErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_batch_is_a_401_before_any_request_in_it_runs()
    {
        using var content = new StringContent("""{"requests":[{"id":"1","method":"POST","url":"Suppliers","headers":{"content-type":"application/json"},"body":{"Code":"BA1","Name":"Anon","Country":"DE"}}]}""",
            Encoding.UTF8, "application/json");

        var response = await factory.CreateAnonymousClient().PostAsync(new Uri("/odata/$batch", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await using var scope = factory.Scope(out var db);
        Assert.False(await db.Suppliers.AnyAsync(s => s.Code == "BA1"));
    }
}
