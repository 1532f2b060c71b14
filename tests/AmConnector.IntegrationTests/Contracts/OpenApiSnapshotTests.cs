using System.Net;
using System.Text.Json;
using AmConnector.IntegrationTests.Infrastructure;

namespace AmConnector.IntegrationTests.Contracts;

/// <summary>
/// The OpenAPI description of the REST endpoints is a contract like the CSDL: committed, compared,
/// changed on purpose. Scalar serves a reference UI over it.
/// </summary>
public sealed class OpenApiSnapshotTests(EmptyDatabaseFactory factory) : IClassFixture<EmptyDatabaseFactory>
{
    [Fact]
    public async Task The_live_OpenAPI_document_matches_the_committed_one_and_describes_the_REST_endpoints()
    {
        using var anonymous = factory.CreateAnonymousClient();
        var json = await anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var paths = JsonDocument.Parse(json).RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/webhooks/suppliers/{supplierCode}/events", paths);
        Assert.Contains("/api/suppliers/{code}/webhook-secrets", paths);
        Assert.Contains("/api/webhooks/endpoints", paths);
        Assert.Contains("/api/webhooks/deliveries", paths);
        Assert.Contains("/api/clients/api-keys", paths);
        // The OData service is described by its CSDL, not here.
        Assert.DoesNotContain(paths, p => p.StartsWith("/odata", StringComparison.Ordinal));
        var root = JsonDocument.Parse(json).RootElement;
        var schemes = root.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("connect/token", schemes.GetProperty("oauth2").GetProperty("flows").GetProperty("clientCredentials").GetProperty("tokenUrl").GetString());
        Assert.Equal("AmConnector-Api-Key", schemes.GetProperty("apiKey").GetProperty("name").GetString());
        var endpoints = root.GetProperty("paths").GetProperty("/api/webhooks/endpoints").GetProperty("post");
        Assert.True(endpoints.GetProperty("security")[0].TryGetProperty("oauth2", out _));
        Assert.True(endpoints.GetProperty("responses").GetProperty("default").GetProperty("content").TryGetProperty("application/problem+json", out _));
        // The supplier-event receiver is authenticated by its signature, not by a token.
        Assert.False(root.GetProperty("paths").GetProperty("/webhooks/suppliers/{supplierCode}/events").GetProperty("post").TryGetProperty("security", out _));
        using var pretty = JsonDocument.Parse(json);
        Snapshot.Matches("contracts/openapi/amconnector-v1.json", JsonSerializer.Serialize(pretty.RootElement, Indented));
    }

    [Fact]
    public async Task Scalar_serves_its_reference_page_over_the_document()
    {
        using var anonymous = factory.CreateAnonymousClient();

        using var page = await anonymous.GetAsync(new Uri("/scalar/v1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        Assert.Contains("connect/token", html, StringComparison.Ordinal);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}
